package io.github.laa.scoring.lvsc;

import io.github.laa.scoring.Citation;

/**
 * The six recommendations of the research on VCS involvement in round-2 London LAAs (London
 * Voluntary Services Council, carried out by Rocket Science UK Ltd, 8 March 2006). {@link #text()}
 * is the recommendation as published; {@link #summary()} a short paraphrase.
 */
public enum Recommendation {
  /** Infrastructure. */
  R1(
      "Target extra resources where VCS infrastructure is weakest.",
      "There is a clear correlation between the level of VCS involvement in LAAs and the quality and"
          + " resourcing of voluntary sector infrastructure at a local level. Additional targeted"
          + " resources are needed to build up the infrastructure in boroughs where it is weakest"),
  /** Sector division. */
  R2(
      "Do not widen the divide between larger VCS organisations and small community-based ones.",
      "LAAs need to ensure they do not exacerbate the division between larger VCS organisations and"
          + " small community based organisations. Instead, LAAs should recognise and promote the"
          + " value that the sector as a whole can bring to a LAA"),
  /** Net resource loss and small grants. */
  R3(
      "No net loss of resources to the VCS; a small grants programme as part of capacity building.",
      "As a matter of principle, even if additional resources for the VCS cannot be guaranteed, the"
          + " introduction of a LAA should not result in a net loss of resources allocated to a"
          + " borough's VCS. In particular, resources should be made available to support a small"
          + " grants programme as part of future LAA capacity-building initiatives"),
  /** Involvement. */
  R4(
      "Involve the VCS at the strategic level and in the design and delivery of each block; map it.",
      "Specific guidance should be developed highlighting the need for the VCS to be involved at the"
          + " strategic level, as well as in the design and delivery of each LAA block. To benchmark"
          + " and monitor this a mapping exercise should be undertaken across the LAAs to capture how"
          + " the VCS has been and will continue to be involved across each of the LAA Blocks"),
  /** Performance capacity. */
  R5(
      "Support VCS organisations to set performance indicators and manage performance measurement.",
      "There needs to be specific support and capacity building to help voluntary and community"
          + " organisations develop skills in setting appropriate performance indicators and managing"
          + " performance measurement"),
  /** Commissioning practice. */
  R6(
      "Benchmark commissioning practice across LAAs (a Centre of Excellence).",
      "The potential to develop a 'Centre of Excellence' model, which supports and benchmarks"
          + " commissioning practices across LAAs, should be explored");

  /** Where the recommendations come from. */
  public static final String SOURCE =
      "LVSC, \"Voluntary sector involvement in Local Area Agreements\", 8 March 2006";

  private final String summary;
  private final String text;

  Recommendation(String summary, String text) {
    this.summary = summary;
    this.text = text;
  }

  /**
   * Cites {@code sentence} of this recommendation: source {@code LVSC, "…", 8 March 2006,
   * recommendation N}.
   */
  public Citation cite(String sentence) {
    return Citation.of(SOURCE + ", recommendation " + name().substring(1), sentence);
  }

  /** A one-line paraphrase. */
  public String summary() {
    return summary;
  }

  /** The recommendation as published. */
  public String text() {
    return text;
  }
}
