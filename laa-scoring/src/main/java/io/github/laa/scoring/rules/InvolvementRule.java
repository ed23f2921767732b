package io.github.laa.scoring.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.laa.core.Block;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Stage;
import io.github.laa.scoring.Aggregate;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Recommendation;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.RuleInput;
import io.github.laa.scoring.Severity;
import io.github.laa.scoring.Verdict;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Recommendation R4: the VCS should be involved at the strategic level and in the design and
 * delivery of each block ({@link RuleId#VCS_INVOLVEMENT}).
 *
 * <p>{@link Verdict#FAIL} if strategic involvement is below {@link #MIN_STRATEGIC} (default {@link
 * InvolvementLevel#INVOLVED}), or any block of the agreement is at {@link InvolvementLevel#NONE} in
 * design or delivery. {@link Verdict#WARN} if any block is only {@link InvolvementLevel#INFORMED}
 * or {@link InvolvementLevel#CONSULTED} in design. Otherwise {@link Verdict#PASS}.
 *
 * <p>No involvement facts, or a block without a recorded level for design or delivery: {@link
 * Verdict#NOT_ASSESSED}, naming what is missing. The <b>ladder score</b> is {@code 100 × (sum of
 * the rungs of the strategic level and every block's design and delivery) ÷ (5 × number of those
 * levels)}, half-even; the finding's score is the ladder score within the verdict's band. The
 * ladder score is also what {@link io.github.laa.scoring.CohortScorecard} correlates with
 * infrastructure (recommendation R1).
 */
public final class InvolvementRule extends BuiltInRule {
  /** The least strategic involvement accepted (default INVOLVED). */
  public static final Parameter<InvolvementLevel> MIN_STRATEGIC =
      Parameter.of(
          "VCS_INVOLVEMENT.minStrategic",
          "least involvement at the strategic level",
          InvolvementLevel.class,
          InvolvementLevel.INVOLVED);

  /** Evidence: the strategic level, with its check. */
  public static final String STRATEGIC = "strategic";

  /** Evidence: a block's level in design, with its check (about the block's id). */
  public static final String DESIGN = "design";

  /** Evidence: a block's level in delivery, with its check (about the block's id). */
  public static final String DELIVERY = "delivery";

  /** Evidence: a block's level in commissioning, if recorded (about the block's id). */
  public static final String COMMISSIONING = "commissioning";

  /** Evidence: a block's level in evaluation, if recorded (about the block's id). */
  public static final String EVALUATION = "evaluation";

  /** Evidence: the ladder score, 0 to 100. */
  public static final String LADDER_SCORE = "ladder score";

  private static final String[] RUNGS = {
    "0 rungs", "1 rung", "2 rungs", "3 rungs", "4 rungs", "5 rungs"
  };

  /** A margin's goal for each level it must reach, written once here rather than while scoring. */
  private static final ImmutableMap<InvolvementLevel, String> GOALS = goals();

  /** The single instance (declared after the constants its constructor reads). */
  public static final InvolvementRule INSTANCE = new InvolvementRule();

  private InvolvementRule() {
    super(
        RuleId.VCS_INVOLVEMENT,
        "VCS involvement at the strategic level and in every block",
        Recommendation.R4,
        "the VCS [should] be involved at the strategic level, as well as in the design and delivery"
            + " of each LAA block",
        Severity.SHOULD,
        ImmutableList.of(MIN_STRATEGIC),
        EnumSet.noneOf(Aggregate.class));
  }

  /**
   * The ladder score of {@code laa}: {@code 100 × Σ rungs ÷ (5 × levels)} over the strategic level
   * and every block's design and delivery, half-even; empty when involvement or any of those levels
   * is not recorded.
   */
  public static OptionalInt ladderScore(LocalAreaAgreement laa) {
    Optional<Involvement> inv = laa.involvement();
    if (inv.isEmpty()) {
      return OptionalInt.empty();
    }
    long rungs = inv.get().strategic().rung();
    long levels = 1;
    for (Block b : laa.blocks()) {
      for (Stage s : new Stage[] {Stage.DESIGN, Stage.DELIVERY}) {
        Optional<InvolvementLevel> l = inv.get().level(b.id(), s);
        if (l.isEmpty()) {
          return OptionalInt.empty();
        }
        rungs += l.get().rung();
        levels++;
      }
    }
    return OptionalInt.of(
        (int)
            com.google.common.math.LongMath.divide(
                100 * rungs, InvolvementLevel.TOP_RUNG * levels, RoundingMode.HALF_EVEN));
  }

  @Override
  public Finding evaluate(RuleInput in) {
    LocalAreaAgreement laa = in.agreement();
    Finding.Builder f = in.finding();
    if (laa.involvement().isEmpty()) {
      return f.notAssessed("involvement");
    }
    Involvement inv = laa.involvement().get();
    InvolvementLevel min = in.get(MIN_STRATEGIC);
    boolean strategicLow = !inv.strategic().isAtLeast(min);
    f.check(STRATEGIC, null, inv.strategic(), strategicLow ? Verdict.FAIL : Verdict.PASS);
    Margin fail = strategicLow ? rise("Strategic involvement", null, inv.strategic(), min) : null;
    Margin warn = null;
    boolean anyNone = false;
    boolean weakDesign = false;
    for (Block b : laa.blocks()) {
      Optional<InvolvementLevel> design = inv.level(b.id(), Stage.DESIGN);
      Optional<InvolvementLevel> delivery = inv.level(b.id(), Stage.DELIVERY);
      if (design.isEmpty()) {
        return f.notAssessed("involvement in the design of block", b.id());
      }
      if (delivery.isEmpty()) {
        return f.notAssessed("involvement in the delivery of block", b.id());
      }
      InvolvementLevel d = design.get();
      Verdict designCheck =
          d == InvolvementLevel.NONE
              ? Verdict.FAIL
              : d.isAtLeast(InvolvementLevel.INVOLVED) ? Verdict.PASS : Verdict.WARN;
      f.check(DESIGN, b.id(), d, designCheck);
      Verdict deliveryCheck = delivery.get() == InvolvementLevel.NONE ? Verdict.FAIL : Verdict.PASS;
      f.check(DELIVERY, b.id(), delivery.get(), deliveryCheck);
      if (designCheck == Verdict.FAIL) {
        anyNone = true;
        fail =
            fail != null ? fail : rise("Design involvement", b.id(), d, InvolvementLevel.INFORMED);
      } else if (designCheck == Verdict.WARN) {
        weakDesign = true;
        warn =
            warn != null ? warn : rise("Design involvement", b.id(), d, InvolvementLevel.INVOLVED);
      }
      if (deliveryCheck == Verdict.FAIL) {
        anyNone = true;
        fail =
            fail != null
                ? fail
                : rise("Delivery involvement", b.id(), delivery.get(), InvolvementLevel.INFORMED);
      }
      inv.level(b.id(), Stage.COMMISSIONING).ifPresent(l -> f.evidence(COMMISSIONING, b.id(), l));
      inv.level(b.id(), Stage.EVALUATION).ifPresent(l -> f.evidence(EVALUATION, b.id(), l));
    }
    int ladder = ladderScore(laa).orElse(0);
    f.evidence(LADDER_SCORE, (long) ladder);
    f.score(ladder);
    if (strategicLow || anyNone) {
      f.verdict(Verdict.FAIL);
      if (fail != null) {
        f.margin(fail);
      }
    } else if (weakDesign) {
      f.verdict(Verdict.WARN);
      if (warn != null) {
        f.margin(warn);
      }
    } else {
      f.verdict(Verdict.PASS);
    }
    return f.build();
  }

  private static Margin rise(
      String subject,
      @org.jspecify.annotations.Nullable String about,
      InvolvementLevel from,
      InvolvementLevel to) {
    return Margin.of(
        subject,
        about,
        Margin.Direction.MUST_RISE,
        RUNGS[to.rung() - from.rung()],
        java.util.Objects.requireNonNull(GOALS.get(to)));
  }

  private static ImmutableMap<InvolvementLevel, String> goals() {
    ImmutableMap.Builder<InvolvementLevel, String> b = ImmutableMap.builder();
    for (InvolvementLevel level : InvolvementLevel.values()) {
      b.put(level, level == InvolvementLevel.INFORMED ? "to leave NONE" : "to reach " + level);
    }
    return b.buildOrThrow();
  }
}
