package io.github.laa.scoring.lvsc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.math.LongMath;
import io.github.laa.core.Block;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Stage;
import io.github.laa.scoring.CohortView;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Key;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Monotonicity;
import io.github.laa.scoring.Parameter;
import io.github.laa.scoring.Parameters;
import io.github.laa.scoring.RuleInput;
import io.github.laa.scoring.Severity;
import io.github.laa.scoring.Verdict;
import io.github.laa.scoring.internal.Reads;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Recommendation R4: the VCS should be involved at the strategic level and in the design and
 * delivery of each block ({@link Lvsc2006#VCS_INVOLVEMENT}).
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
 * ladder score is also what {@link InfrastructureRule#CORRELATIONS} correlates with infrastructure
 * (recommendation R1). Across a cohort the rule contributes the mapping exercise, {@link #MAPPING}.
 */
@Reads({})
public final class InvolvementRule extends BuiltInRule {
  /** The least strategic involvement accepted (default INVOLVED). */
  public static final Parameter<InvolvementLevel> MIN_STRATEGIC =
      Parameter.of(
          Lvsc2006.VCS_INVOLVEMENT,
          "minStrategic",
          "least involvement at the strategic level",
          InvolvementLevel.class,
          InvolvementLevel.INVOLVED);

  /** Evidence: the strategic level, with its check. */
  public static final Key<InvolvementLevel> STRATEGIC = Key.of("strategic", InvolvementLevel.class);

  /** Evidence: a block's level in design, with its check (about the block's id). */
  public static final Key<InvolvementLevel> DESIGN = Key.of("design", InvolvementLevel.class);

  /** Evidence: a block's level in delivery, with its check (about the block's id). */
  public static final Key<InvolvementLevel> DELIVERY = Key.of("delivery", InvolvementLevel.class);

  /** Evidence: a block's level in commissioning, if recorded (about the block's id). */
  public static final Key<InvolvementLevel> COMMISSIONING =
      Key.of("commissioning", InvolvementLevel.class);

  /** Evidence: a block's level in evaluation, if recorded (about the block's id). */
  public static final Key<InvolvementLevel> EVALUATION =
      Key.of("evaluation", InvolvementLevel.class);

  /** Evidence: the ladder score, 0 to 100. */
  public static final Key<Long> LADDER_SCORE = Key.of("ladder score", Long.class);

  /**
   * R4's mapping exercise across a cohort: every area's involvement at the strategic level and in
   * each (block, stage) recorded anywhere in the cohort.
   */
  public static final CohortView<InvolvementMatrix> MAPPING =
      CohortView.of("Involvement mapping (R4)", InvolvementMatrix::of, InvolvementMatrix::section);

  /** A margin's goal for each level it must reach, written once here rather than while scoring. */
  private static final ImmutableMap<InvolvementLevel, String> GOALS = goals();

  /** The single instance (declared after the constants its constructor reads). */
  public static final InvolvementRule INSTANCE = new InvolvementRule();

  private InvolvementRule() {
    super(
        Lvsc2006.VCS_INVOLVEMENT,
        "VCS involvement at the strategic level and in every block",
        Recommendation.R4.cite(
            "the VCS [should] be involved at the strategic level, as well as in the design and delivery"
                + " of each LAA block"),
        Severity.SHOULD,
        ImmutableList.of(MIN_STRATEGIC),
        ImmutableList.of(MAPPING));
  }

  /**
   * The ladder score of {@code laa}: {@code 100 × Σ rungs ÷ (5 × levels)} over the strategic level
   * and every block's design and delivery, half-even; empty when involvement or any of those levels
   * is not recorded.
   */
  static OptionalInt ladderScore(LocalAreaAgreement laa) {
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
            LongMath.divide(
                100 * rungs, InvolvementLevel.TOP_RUNG * levels, RoundingMode.HALF_EVEN));
  }

  /** A higher least strategic level is stricter. */
  @Override
  public Monotonicity monotonicity(Parameter<?> parameter) {
    return parameter == MIN_STRATEGIC ? Monotonicity.STRICTER_WHEN_RAISED : Monotonicity.UNKNOWN;
  }

  /**
   * For least strategic levels {@code lenient < strict}: the template involved in design and
   * delivery, with strategic involvement at the lenient level.
   */
  @Override
  public Optional<LocalAreaAgreement> counterexample(Parameters lenient, Parameters strict) {
    InvolvementLevel low = lenient.get(MIN_STRATEGIC);
    return low.compareTo(strict.get(MIN_STRATEGIC)) < 0
        ? Optional.of(Counterexamples.involvement(low))
        : Optional.empty();
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
    boolean fails = !inv.strategic().isAtLeast(min);
    boolean warns = false;
    f.check(STRATEGIC, inv.strategic(), fails ? Verdict.FAIL : Verdict.PASS);
    if (fails) {
      f.marginFor(Verdict.FAIL, rise("Strategic involvement", null, inv.strategic(), min));
    }
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
      if (d == InvolvementLevel.NONE) {
        fails = true;
        f.check(DESIGN, b.id(), d, Verdict.FAIL);
        f.marginFor(Verdict.FAIL, rise("Design involvement", b.id(), d, InvolvementLevel.INFORMED));
      } else if (!d.isAtLeast(InvolvementLevel.INVOLVED)) {
        warns = true;
        f.check(DESIGN, b.id(), d, Verdict.WARN);
        f.marginFor(Verdict.WARN, rise("Design involvement", b.id(), d, InvolvementLevel.INVOLVED));
      } else {
        f.check(DESIGN, b.id(), d, Verdict.PASS);
      }
      InvolvementLevel l = delivery.get();
      boolean none = l == InvolvementLevel.NONE;
      f.check(DELIVERY, b.id(), l, none ? Verdict.FAIL : Verdict.PASS);
      if (none) {
        fails = true;
        f.marginFor(
            Verdict.FAIL, rise("Delivery involvement", b.id(), l, InvolvementLevel.INFORMED));
      }
      inv.level(b.id(), Stage.COMMISSIONING).ifPresent(c -> f.evidence(COMMISSIONING, b.id(), c));
      inv.level(b.id(), Stage.EVALUATION).ifPresent(e -> f.evidence(EVALUATION, b.id(), e));
    }
    int ladder = ladderScore(laa).orElse(0);
    f.evidence(LADDER_SCORE, (long) ladder);
    return f.verdict(fails ? Verdict.FAIL : warns ? Verdict.WARN : Verdict.PASS)
        .score(ladder)
        .build();
  }

  private static Margin rise(
      String subject, @Nullable String block, InvolvementLevel from, InvolvementLevel to) {
    Margin.Amount rungs = Margin.Amount.rungs(to.rung() - from.rung());
    String goal = Objects.requireNonNull(GOALS.get(to));
    return block == null
        ? Margin.of(subject, Margin.Direction.MUST_RISE, rungs, goal)
        : Margin.of(subject, block, Margin.Direction.MUST_RISE, rungs, goal);
  }

  private static ImmutableMap<InvolvementLevel, String> goals() {
    ImmutableMap.Builder<InvolvementLevel, String> b = ImmutableMap.builder();
    for (InvolvementLevel level : InvolvementLevel.values()) {
      b.put(level, level == InvolvementLevel.INFORMED ? "to leave NONE" : "to reach " + level);
    }
    return b.buildOrThrow();
  }
}
