package io.github.laa.scoring.lvsc;

import com.google.common.collect.ImmutableList;
import io.github.laa.scoring.Policy;
import io.github.laa.scoring.Rule;
import io.github.laa.scoring.RuleId;
import io.github.laa.scoring.Severity;
import java.time.LocalDate;

/**
 * The LVSC 2006 policy: the recommendations of the research "Voluntary sector involvement in Local
 * Area Agreements" (London Voluntary Services Council, 8 March 2006) as seven rules with their
 * default parameters, and the ids of those rules.
 *
 * <pre>{@code
 * Scorecard card = Lvsc2006.policy().score(agreement);
 * card.verdict(Lvsc2006.NET_RESOURCE_LOSS);
 * }</pre>
 *
 * <p>This class is a holder of constants; the policy is immutable and thread-safe.
 */
public final class Lvsc2006 {
  /** R1: extra resources where VCS infrastructure is weakest ({@link InfrastructureRule}). */
  public static final RuleId INFRASTRUCTURE_TARGETING = RuleId.of("INFRASTRUCTURE_TARGETING");

  /** R2: no widening of the divide between large and small bodies ({@link SectorDivisionRule}). */
  public static final RuleId SECTOR_DIVISION = RuleId.of("SECTOR_DIVISION");

  /** R3a: no net loss of resources to the VCS ({@link NetResourceLossRule}). */
  public static final RuleId NET_RESOURCE_LOSS = RuleId.of("NET_RESOURCE_LOSS");

  /** R3b: a small grants programme as part of capacity building ({@link SmallGrantsRule}). */
  public static final RuleId SMALL_GRANTS = RuleId.of("SMALL_GRANTS");

  /** R4: involvement at the strategic level and in every block ({@link InvolvementRule}). */
  public static final RuleId VCS_INVOLVEMENT = RuleId.of("VCS_INVOLVEMENT");

  /** R5: support for performance measurement ({@link PerformanceCapacityRule}). */
  public static final RuleId PERFORMANCE_CAPACITY = RuleId.of("PERFORMANCE_CAPACITY");

  /** R6: commissioning practice against the Compact ({@link CommissioningRule}). */
  public static final RuleId COMMISSIONING_PRACTICE = RuleId.of("COMMISSIONING_PRACTICE");

  /** The policy's name. */
  public static final String NAME = "LVSC 2006";

  /** The date of the research the policy comes from. */
  public static final LocalDate DATE = LocalDate.of(2006, 3, 8);

  private Lvsc2006() {}

  /** Built on first use, after the rules' constants it reads. */
  private static final class Holder {
    static final Policy POLICY = build();

    private static Policy build() {
      Policy.Builder b = Policy.builder(NAME, DATE);
      for (Rule r : rules()) {
        b.rule(r);
      }
      return b.build();
    }
  }

  /**
   * The policy: the seven rules in the order of the recommendations, each with its default severity
   * ({@link Severity#MUST} for net resource loss and small grants) and weight 1.
   */
  public static Policy policy() {
    return Holder.POLICY;
  }

  /** The seven rules, in the order of the recommendations (R1, R2, R3a, R3b, R4, R5, R6). */
  public static ImmutableList<Rule> rules() {
    return ImmutableList.of(
        InfrastructureRule.INSTANCE,
        SectorDivisionRule.INSTANCE,
        NetResourceLossRule.INSTANCE,
        SmallGrantsRule.INSTANCE,
        InvolvementRule.INSTANCE,
        PerformanceCapacityRule.INSTANCE,
        CommissioningRule.INSTANCE);
  }
}
