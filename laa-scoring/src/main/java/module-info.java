/**
 * Scores Local Area Agreements against the six recommendations of the LVSC (2006) research on
 * voluntary and community sector involvement, explains every verdict with its evidence, compares
 * policies and reforms, ranks cohorts of agreements, and renders reports as text.
 */
module io.github.laa.scoring {
  requires transitive io.github.laa.core;
  requires static com.google.errorprone.annotations;

  exports io.github.laa.scoring;
  exports io.github.laa.scoring.rules;
  exports io.github.laa.scoring.report;
}
