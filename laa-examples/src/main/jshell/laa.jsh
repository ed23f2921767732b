// laa in JShell: the API imported and the illustrative London cohort loaded.
// Opened by laa-examples/jshell.sh; the figures of the cohort are invented (see IllustrativeCohort).
import io.github.laa.core.*;
import io.github.laa.core.tables.*;
import java.nio.file.Path;
import io.github.laa.scoring.*;
import io.github.laa.scoring.lvsc.*;
import io.github.laa.examples.*;

var lvsc = Lvsc2006.policy();
// A folder of CSV tables, one per kind of fact (see Table): yours works the same way.
var london = TableFiles.read(Path.of("src/main/resources/london"));
var cohort = london.agreements();
var greenwich = london.agreement("Greenwich").orElseThrow();
var hf = london.agreement("Hammersmith and Fulham").orElseThrow();
var haringey = london.agreement("Haringey").orElseThrow();

System.out.println(IllustrativeCohort.LABEL);
System.out.println("Loaded: lvsc = Lvsc2006.policy(); london = TableFiles.read(Path.of(\"src/main/resources/london\")); cohort = its 10 agreements; greenwich, hf, haringey.");
System.out.println("Try:    var card = lvsc.score(greenwich); System.out.println(card.toText());");
