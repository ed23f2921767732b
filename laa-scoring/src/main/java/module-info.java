/**
 * Scores Local Area Agreements: a policy engine ({@code io.github.laa.scoring}) that runs rules,
 * explains every verdict with typed evidence and margins, compares policies and reforms, ranks
 * cohorts and renders reports as text; and its content, the six recommendations of the LVSC (2006)
 * research on voluntary and community sector involvement as seven rules ({@code
 * io.github.laa.scoring.lvsc}).
 */
module io.github.laa.scoring {
  requires transitive io.github.laa.core;
  requires de.siegmar.fastcsv;
  requires static com.google.errorprone.annotations;

  exports io.github.laa.scoring;
  exports io.github.laa.scoring.lvsc;
}
