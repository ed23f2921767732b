#!/usr/bin/env bash
# Opens JShell with laa on the class path, its API imported and the illustrative cohort read from
# its folder of CSV tables.
# Usage (from the repository root): laa-examples/jshell.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl laa-examples -am package dependency:build-classpath \
  -DskipTests -Derrorprone.skip=true -Dmdep.outputFile=target/jshell.classpath -Dmdep.includeScope=runtime
# JShell starts in laa-examples, so that the script's folder of CSV tables is src/main/resources/london.
cd laa-examples
exec jshell --class-path "target/classes:$(cat target/jshell.classpath)" src/main/jshell/laa.jsh
