// laa in JShell: the API imported and the illustrative London cohort loaded.
// Opened by laa-examples/jshell.sh; the figures of the cohort are invented (see IllustrativeCohort).
import io.github.laa.core.*;
import io.github.laa.scoring.*;
import io.github.laa.scoring.lvsc.*;
import io.github.laa.examples.*;

var lvsc = Lvsc2006.policy();
var cohort = IllustrativeCohort.agreements();
var greenwich = IllustrativeCohort.agreement("Greenwich");
var hf = IllustrativeCohort.agreement("Hammersmith and Fulham");
var haringey = IllustrativeCohort.agreement("Haringey");

System.out.println(IllustrativeCohort.LABEL);
System.out.println("Loaded: lvsc = Lvsc2006.policy(); cohort = 10 agreements; greenwich, hf, haringey.");
System.out.println("Try:    var card = lvsc.score(greenwich); System.out.println(card.toText());");
