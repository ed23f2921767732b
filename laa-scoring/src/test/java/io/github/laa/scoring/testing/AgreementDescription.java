package io.github.laa.scoring.testing;

import io.github.laa.core.Allocation;
import io.github.laa.core.Block;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingStream;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.Involvement;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.VcsBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A readable, multi-line description of an agreement: one line per fact, grouped by kind, so that a
 * failing property's example (QuickTheories prints it when it has shrunk one) or a failing scenario
 * can be read and rebuilt by hand. The generators of {@link LaaGenerators} describe their
 * agreements with it.
 *
 * <pre>{@code
 * Camden (E09000007, London borough), round 2 (2007/08 to 2009/10), baseline 2006/07
 *   blocks (1): CYP Children and young people, streams: nrf
 *   streams (1): nrf Neighbourhood Renewal Fund, pooled
 *   bodies (1): ccvs Camden CVS, income £250,000.00 (medium), infrastructure
 *   allocations (2), by year, recipient and stream:
 *     2006/07  ccvs  nrf  £100,000.00  Service delivery
 *     2007/08  ccvs  nrf  £95,000.00  Service delivery
 *   small grants programmes: none
 *   involvement: none recorded
 *   infrastructure: none recorded
 *   commissioning: none recorded
 * }</pre>
 *
 * <p>Every text in it comes from a valid agreement, whose ids and names are single lines ({@link
 * io.github.laa.core.TextChecks}), so the description cannot be made to show a line the agreement
 * does not hold. The output is deterministic and does not depend on the default locale.
 */
public final class AgreementDescription {
  private static final int MAX_ALLOCATIONS_SHOWN = 200;

  private AgreementDescription() {}

  /** Describes {@code agreement} in several lines (no trailing line break). */
  public static String of(LocalAreaAgreement agreement) {
    List<String> lines = new ArrayList<>();
    lines.add(
        agreement.area().name()
            + " ("
            + agreement.area().code()
            + ", "
            + agreement.area().kind().toString()
            + "), "
            + agreement.round().label()
            + " ("
            + agreement.firstYear()
            + " to "
            + agreement.lastYear()
            + "), baseline "
            + agreement.baselineYear());
    lines.add("  blocks" + count(agreement.blocks()) + joined(agreement.blocks(), b -> block(b)));
    lines.add(
        "  streams" + count(agreement.streams()) + joined(agreement.streams(), s -> stream(s)));
    lines.add("  bodies" + count(agreement.bodies()) + joined(agreement.bodies(), b -> body(b)));
    allocations(agreement, lines);
    lines.add(
        "  small grants programmes"
            + count(agreement.smallGrantsProgrammes())
            + joined(agreement.smallGrantsProgrammes(), p -> programme(p)));
    lines.add(
        "  involvement: "
            + agreement
                .involvement()
                .map(AgreementDescription::involvement)
                .orElse("none recorded"));
    lines.add(
        "  infrastructure: "
            + agreement
                .infrastructure()
                .map(AgreementDescription::infrastructure)
                .orElse("none recorded"));
    lines.add(
        "  commissioning: "
            + agreement
                .commissioning()
                .map(AgreementDescription::commissioning)
                .orElse("none recorded"));
    return String.join("\n", lines);
  }

  private static String count(List<?> items) {
    return items.isEmpty() ? ": none" : " (" + items.size() + "):";
  }

  private interface Describer<T> {
    String describe(T item);
  }

  /** One item on the same line, more each on an indented line of its own. */
  private static <T> String joined(List<T> items, Describer<T> describer) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return " " + describer.describe(items.get(0));
    }
    StringBuilder sb = new StringBuilder();
    items.forEach(i -> sb.append("\n    ").append(describer.describe(i)));
    return sb.toString();
  }

  private static String block(Block b) {
    return b.id()
        + " "
        + b.name()
        + (b.streams().isEmpty() ? "" : ", streams: " + String.join(", ", b.streams()))
        + (b.outcomes().isEmpty()
            ? ""
            : ", " + b.outcomes().size() + (b.outcomes().size() == 1 ? " outcome" : " outcomes"));
  }

  private static String stream(FundingStream s) {
    return s.id()
        + " "
        + s.name()
        + ", "
        + s.mode().toString()
        + (s.ringFenced() ? ", ring-fenced" : "")
        + (s.formerlyDirectToVcs() ? ", formerly direct to the VCS" : "");
  }

  private static String body(VcsBody b) {
    return b.id()
        + " "
        + b.name()
        + ", income "
        + b.income().map(Money::toString).orElse("unknown")
        + " ("
        + b.sizeBand().label()
        + "), "
        + b.role().toString()
        + (b.communityBased() ? ", community-based" : "");
  }

  private static void allocations(LocalAreaAgreement agreement, List<String> lines) {
    List<Allocation> all = agreement.allocations();
    if (all.isEmpty()) {
      lines.add("  allocations: none");
      return;
    }
    lines.add("  allocations (" + all.size() + "), in the agreement's order:");
    int shown = Math.min(all.size(), MAX_ALLOCATIONS_SHOWN);
    for (int i = 0; i < shown; i++) {
      Allocation a = all.get(i);
      StringBuilder sb =
          new StringBuilder("    ")
              .append(a.year())
              .append("  ")
              .append(a.recipient())
              .append("  ")
              .append(a.stream().orElse("(no stream)"))
              .append("  ")
              .append(a.amount())
              .append("  ")
              .append(a.purpose().label());
      a.outcome().ifPresent(o -> sb.append(", outcome ").append(o));
      if (a.termYears() != 1) {
        sb.append(", ").append(a.termYears()).append("-year term");
      }
      if (a.fullCostRecovery()) {
        sb.append(", full cost recovery");
      }
      if (a.paidInAdvance()) {
        sb.append(", paid in advance");
      }
      lines.add(sb.toString());
    }
    if (all.size() > shown) {
      lines.add("    … and " + (all.size() - shown) + " more");
    }
  }

  private static String programme(SmallGrantsProgramme p) {
    StringBuilder sb =
        new StringBuilder(p.id())
            .append(" ")
            .append(p.name())
            .append(": maximum grant ")
            .append(p.maxGrant())
            .append(", income cap ")
            .append(p.incomeCap())
            .append(p.capacityBuilding() ? ", capacity building" : "");
    p.stream().ifPresent(s -> sb.append(", stream ").append(s));
    p.administeredBy().ifPresent(s -> sb.append(", administered by ").append(s));
    sb.append(", budgets");
    if (p.budgets().isEmpty()) {
      sb.append(" none");
    }
    for (Map.Entry<FinancialYear, Money> e : p.budgets().entrySet()) {
      sb.append(" ").append(e.getKey()).append(" ").append(e.getValue());
    }
    return sb.toString();
  }

  private static String involvement(Involvement inv) {
    StringBuilder sb = new StringBuilder("strategic ").append(inv.strategic().label());
    for (BlockInvolvement b : inv.blocks()) {
      sb.append("; ")
          .append(b.block())
          .append(" ")
          .append(b.stage().label())
          .append(" ")
          .append(b.level().label());
    }
    return sb.toString();
  }

  private static String infrastructure(InfrastructureProfile p) {
    return p.annualFunding()
        + " a year, "
        + p.staffFte().toPlainString()
        + " FTE, quality rating "
        + p.qualityRating();
  }

  private static String commissioning(CommissioningPractice c) {
    return "three-year terms "
        + share(c.threeYearTermsShare())
        + ", full cost recovery "
        + share(c.fullCostRecoveryShare())
        + ", paid in advance "
        + share(c.paidInAdvanceShare())
        + ", consultation "
        + count(c.consultationWeeks(), "weeks")
        + ", notice "
        + count(c.noticeMonths(), "months");
  }

  private static String share(Optional<Percentage> share) {
    return share.map(Percentage::toString).orElse("unknown");
  }

  private static String count(OptionalInt value, String unit) {
    return value.isPresent() ? value.getAsInt() + " " + unit : "unknown";
  }
}
