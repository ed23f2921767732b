package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Problem;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A policy rule: it checks one agreement and returns a {@link Finding} that explains itself.
 *
 * <p>Implement this interface to add a council's own rule to a {@link Policy}:
 *
 * <pre>{@code
 * final class MinimumCoreFunding implements Rule {
 *   static final RuleId ID = RuleId.of("CORE_FUNDING");
 *   static final Parameter<Money> MINIMUM =
 *       Parameter.of(ID, "minimum", "least core funding a year", Money.class, Money.parse("£50k"));
 *   static final Key<Money> CORE = Key.of("core funding", Money.class);
 *
 *   public RuleId id() { return ID; }
 *   public String title() { return "Core funding for the VCS"; }
 *   public Citation citation() { return Citation.of("Anytown Compact §4", "core funding each year"); }
 *   public ImmutableList<Parameter<?>> parameters() { return ImmutableList.of(MINIMUM); }
 *   public Finding evaluate(RuleInput in) {
 *     long core = in.facts().purpose(Purpose.CORE, 0);     // pence, first agreement year
 *     boolean enough = core >= in.get(MINIMUM).pence();
 *     return in.finding()
 *         .check(CORE, in.facts().year(0), Money.ofPence(core), enough ? Verdict.PASS : Verdict.FAIL)
 *         .verdict(enough ? Verdict.PASS : Verdict.FAIL)
 *         .score(enough ? 100 : 0)
 *         .build();
 *   }
 * }
 * }</pre>
 *
 * <p>A rule can also contribute tables across a cohort ({@link #cohortViews()}).
 *
 * <p>Implementations must be immutable and thread-safe, and must not throw for a valid agreement: a
 * missing fact is a {@link Verdict#NOT_ASSESSED} finding ({@link Finding.Builder#notAssessed}).
 */
public interface Rule {
  /** The rule's stable id; unique within a policy. */
  RuleId id();

  /** A short title, e.g. {@code No net loss of resources to the VCS}. */
  String title();

  /** What the rule enforces and where that comes from. */
  Citation citation();

  /**
   * The severity the rule has unless a policy says otherwise. Defaults to {@link Severity#SHOULD}.
   */
  default Severity defaultSeverity() {
    return Severity.SHOULD;
  }

  /** The parameters the rule reads; their values are recorded in every finding. */
  default ImmutableList<Parameter<?>> parameters() {
    return ImmutableList.of();
  }

  /**
   * Problems with a combination of parameter values (each value alone has been checked already),
   * e.g. real terms without a deflator series. A policy with problems cannot be built.
   */
  default ImmutableList<Problem> validate(Parameters parameters) {
    return ImmutableList.of();
  }

  /**
   * The verdicts this rule can give with {@code parameters} (the policy's values). All four by
   * default; a rule that never needs a missing fact leaves out {@link Verdict#NOT_ASSESSED}, and
   * one that warns only within a tolerance leaves out {@link Verdict#WARN} when the tolerance is 0.
   * A policy reads it once when it is built and holds the rule to it (a finding with another
   * verdict is a {@link RuleFailedException}); the test kit's verdict coverage asks for each of
   * them.
   */
  default Set<Verdict> possibleVerdicts(Parameters parameters) {
    return EnumSet.allOf(Verdict.class);
  }

  /**
   * Cohort-level analyses the rule contributes to a {@link CohortScorecard} (a table across areas,
   * such as a benchmark); each appears, in the policy's rule order, in the cohort's reports and
   * through {@link CohortScorecard#view(CohortView)}. None by default.
   */
  default ImmutableList<CohortView<?>> cohortViews() {
    return ImmutableList.of();
  }

  /** Checks one agreement. Must not throw for a valid agreement. */
  Finding evaluate(RuleInput input);

  /**
   * Where this rule's verdict in {@code finding} changes as {@code parameter} moves in {@code
   * direction} from its value in {@code parameters}, worked out from the finding's evidence by the
   * rule's own arithmetic ({@link Policy#tippingPoints}); empty (the default) if the rule cannot
   * say, and the engine then searches. The engine checks a derivation by scoring at it and searches
   * instead if it does not hold.
   *
   * @param finding the rule's finding on the agreement under {@code parameters}
   */
  default Optional<TippingPoint.Derivation> tippingPoint(
      Parameter<?> parameter,
      TippingPoint.Direction direction,
      Finding finding,
      Parameters parameters) {
    return Optional.empty();
  }

  /**
   * How this rule's verdicts move with {@code parameter}, all other parameters fixed, for every
   * agreement ({@link Policy#compareStrictness(Policy)}). {@link Monotonicity#UNKNOWN} by default:
   * declare only what holds for every agreement.
   */
  default Monotonicity monotonicity(Parameter<?> parameter) {
    return Monotonicity.UNKNOWN;
  }

  /**
   * A small agreement on which this rule gives a better verdict ({@link Verdict#isBetterThan})
   * under {@code lenient}'s values than under {@code strict}'s, if the rule can build one; empty by
   * default. {@link Policy#compareStrictness(Policy)} scores it under both policies before
   * reporting it, so a wrong one is never shown.
   */
  default Optional<LocalAreaAgreement> counterexample(Parameters lenient, Parameters strict) {
    return Optional.empty();
  }
}
