#!/usr/bin/env bash
# Opens JShell with laa on the class path, its API imported and the illustrative cohort loaded.
# Usage (from the repository root): laa-examples/jshell.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl laa-examples -am package dependency:build-classpath \
  -DskipTests -Derrorprone.skip=true -Dmdep.outputFile=target/jshell.classpath -Dmdep.includeScope=runtime
exec jshell --class-path "laa-examples/target/classes:$(cat laa-examples/target/jshell.classpath)" \
  laa-examples/src/main/jshell/laa.jsh
