package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Problem;
import java.util.EnumSet;
import java.util.Set;

/**
 * A policy rule: it checks one agreement and returns a {@link Finding} that explains itself.
 *
 * <p>Implement this interface to add a council's own rule to a {@link Policy}:
 *
 * <pre>{@code
 * final class MinimumCoreFunding implements Rule {
 *   static final Parameter<Money> MINIMUM =
 *       Parameter.of("CORE_FUNDING.minimum", "least core funding a year", Money.class, Money.parse("£50k"));
 *   public RuleId id() { return RuleId.of("CORE_FUNDING"); }
 *   public String title() { return "Core funding for the VCS"; }
 *   public Citation citation() { return Citation.of("Anytown Compact §4", "core funding each year"); }
 *   public ImmutableList<Parameter<?>> parameters() { return ImmutableList.of(MINIMUM); }
 *   public Finding evaluate(RuleInput in) {
 *     long least = in.get(MINIMUM).pence();
 *     long core = in.facts().purpose(Purpose.CORE, 0);
 *     return in.finding()
 *         .verdict(core >= least ? Verdict.PASS : Verdict.FAIL)
 *         .score(core >= least ? 100 : 0)
 *         .evidence("core funding", in.facts().year(0), Money.ofPence(core))
 *         .build();
 *   }
 * }
 * }</pre>
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
   * The groups of {@link AgreementFacts} the rule reads, so that a policy computes them in one
   * pass. Defaults to all of them.
   */
  default Set<Aggregate> aggregates() {
    return EnumSet.allOf(Aggregate.class);
  }

  /** Checks one agreement. Must not throw for a valid agreement. */
  Finding evaluate(RuleInput input);
}
