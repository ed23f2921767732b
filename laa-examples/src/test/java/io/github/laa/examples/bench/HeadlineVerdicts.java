package io.github.laa.examples.bench;

import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.lvsc.Lvsc2006;

/**
 * The verdicts of the two headline rules of recommendation R3, whoever computed them: the library,
 * the Drools peer or the bare loop.
 */
public record HeadlineVerdicts(Verdict netResourceLoss, Verdict smallGrants) {
  /** The verdicts of a library scorecard. */
  public static HeadlineVerdicts of(Scorecard card) {
    return new HeadlineVerdicts(
        card.verdict(Lvsc2006.NET_RESOURCE_LOSS), card.verdict(Lvsc2006.SMALL_GRANTS));
  }

  /** Both verdicts in one int, for a benchmark that must not allocate: see {@link #unpack(int)}. */
  @SuppressWarnings("EnumOrdinal") // packed and unpacked in the same run
  public static int pack(Verdict netResourceLoss, Verdict smallGrants) {
    return netResourceLoss.ordinal() << 2 | smallGrants.ordinal();
  }

  /** The verdicts packed by {@link #pack(Verdict, Verdict)}. */
  public static HeadlineVerdicts unpack(int packed) {
    Verdict[] v = Verdict.values();
    return new HeadlineVerdicts(v[packed >>> 2], v[packed & 3]);
  }
}
