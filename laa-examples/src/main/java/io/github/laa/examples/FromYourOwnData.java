package io.github.laa.examples;

import io.github.laa.core.Allocation;
import io.github.laa.core.Areas;
import io.github.laa.core.Block;
import io.github.laa.core.BlockType;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingStream;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Problem;
import io.github.laa.core.Purpose;
import io.github.laa.core.Round;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.VcsBody;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds an agreement from the caller's own data — rows a grants system might export, already
 * parsed into records — and shows what happens when the data is bad: one exception that lists every
 * problem with where it is.
 *
 * <p>Run it with {@code ./mvnw -q -Prun -pl laa-examples -am package -DskipTests
 * -Dexec.mainClass=io.github.laa.examples.FromYourOwnData}.
 */
public final class FromYourOwnData {
  private FromYourOwnData() {}

  /** A VCS organisation as the grants system knows it. */
  public record OrganisationRow(
      String id, String name, String annualIncome, boolean communityBased) {}

  /** One grant payment as the grants system records it. */
  public record GrantRow(
      String organisation, String fund, String financialYear, String amount, String purpose) {}

  /** Rows that are fine. */
  public static final List<OrganisationRow> ORGANISATIONS =
      List.of(
          new OrganisationRow("NHCVS", "North Hill CVS", "£310,000", false),
          new OrganisationRow("SUNRISE", "Sunrise Youth Club", "£18,500", true),
          new OrganisationRow("ELDERS", "Elders' Lunch Club", "£4,200", true));

  /** Grant rows that are fine. */
  public static final List<GrantRow> GRANTS =
      List.of(
          new GrantRow("NHCVS", "nrf", "2005/06", "£45,000", "INFRASTRUCTURE_SUPPORT"),
          new GrantRow("SUNRISE", "nrf", "2005/06", "£12,000", "SERVICE_DELIVERY"),
          new GrantRow("ELDERS", "chest", "2005-06", "£2,500", "SMALL_GRANTS"),
          new GrantRow("NHCVS", "nrf", "2006/7", "£47,000", "INFRASTRUCTURE_SUPPORT"),
          new GrantRow("SUNRISE", "nrf", "2006/07", "£12,500", "SERVICE_DELIVERY"),
          new GrantRow("ELDERS", "chest", "2006/07", "£3,000", "SMALL_GRANTS"),
          new GrantRow("NHCVS", "nrf", "2007/08", "£47k", "INFRASTRUCTURE_SUPPORT"),
          new GrantRow("SUNRISE", "nrf", "2007/08", "£13k", "SERVICE_DELIVERY"),
          new GrantRow("NHCVS", "nrf", "2008/09", "£48k", "INFRASTRUCTURE_SUPPORT"),
          new GrantRow("SUNRISE", "nrf", "2008/09", "£13k", "SERVICE_DELIVERY"));

  /**
   * Rows with the mistakes real exports have: a typo in an id, a year after the agreement, an
   * unknown fund.
   */
  public static final List<GrantRow> BAD_GRANTS =
      List.of(
          new GrantRow("NHCVS", "nrf", "2005/06", "£45,000", "INFRASTRUCTURE_SUPPORT"),
          new GrantRow("SUNRIZE", "nrf", "2006/07", "£12,500", "SERVICE_DELIVERY"),
          new GrantRow("ELDERS", "chest", "2010/11", "£3,000", "SMALL_GRANTS"),
          new GrantRow("NHCVS", "lottery", "2007/08", "£47k", "INFRASTRUCTURE_SUPPORT"));

  /** Builds Camden's round-2 agreement from rows. */
  public static LocalAreaAgreement build(
      List<OrganisationRow> organisations, List<GrantRow> grants) {
    LocalAreaAgreement.Builder laa =
        LocalAreaAgreement.builder()
            .area(Areas.byName("Camden").orElseThrow())
            .round(Round.ROUND_2)
            .addBlock(
                Block.builder()
                    .type(BlockType.SAFER_AND_STRONGER_COMMUNITIES)
                    .addStreams("nrf", "chest")
                    .build())
            .addStream(FundingStream.of("nrf", "Neighbourhood Renewal Fund"))
            .addStream(
                FundingStream.builder()
                    .id("chest")
                    .name("Community Chest")
                    .formerlyDirectToVcs(true)
                    .build())
            .addSmallGrantsProgramme(
                SmallGrantsProgramme.builder()
                    .id("chest-grants")
                    .name("Community Chest grants")
                    .putBudget(FinancialYear.parse("2006/07"), Money.parse("£25k"))
                    .putBudget(FinancialYear.parse("2007/08"), Money.parse("£25k"))
                    .putBudget(FinancialYear.parse("2008/09"), Money.parse("£25k"))
                    .maxGrant(Money.parse("£5k"))
                    .incomeCap(Money.parse("£100k"))
                    .capacityBuilding(true)
                    .administeredBy("NHCVS")
                    .build());
    for (OrganisationRow o : organisations) {
      laa.addBody(
          VcsBody.builder()
              .id(o.id())
              .name(o.name())
              .income(Money.parse(o.annualIncome()))
              .communityBased(o.communityBased())
              .build());
    }
    List<Allocation> allocations = new ArrayList<>();
    for (GrantRow g : grants) {
      allocations.add(
          Allocation.builder().recipient(g.organisation()).stream(g.fund())
              .year(FinancialYear.parse(g.financialYear()))
              .amount(Money.parse(g.amount()))
              .purpose(Purpose.valueOf(g.purpose()))
              .build());
    }
    return laa.addAllAllocations(allocations).build();
  }

  /** What the example prints. */
  public static String render() {
    StringBuilder out = new StringBuilder();
    LocalAreaAgreement laa = build(ORGANISATIONS, GRANTS);
    Scorecard card = Lvsc2006.policy().score(laa);
    out.append("Built from ")
        .append(GRANTS.size())
        .append(" grant rows: ")
        .append(laa.allocations().size())
        .append(" allocations to ")
        .append(laa.bodies().size())
        .append(" VCS bodies.\n");
    out.append(card).append('\n');
    out.append("Net resource loss: ")
        .append(card.verdict(Lvsc2006.NET_RESOURCE_LOSS))
        .append(" — ")
        .append(
            card.finding(Lvsc2006.NET_RESOURCE_LOSS)
                .orElseThrow()
                .margin()
                .map(Object::toString)
                .orElse(""))
        .append('\n');
    out.append("Small grants:      ").append(card.verdict(Lvsc2006.SMALL_GRANTS)).append("\n\n");
    out.append("Now the same with bad rows:\n");
    try {
      build(ORGANISATIONS, BAD_GRANTS);
      out.append("(no error?)\n");
    } catch (InvalidDataException e) {
      out.append(e.getMessage()).append("\n\n");
      out.append(
          String.format(Locale.ROOT, "%d problems, each with its path:%n", e.problems().size()));
      for (Problem p : e.problems()) {
        out.append("  path=")
            .append(p.path())
            .append("  message=")
            .append(p.message())
            .append('\n');
      }
    }
    out.append("\nAnd a row whose amount is not money:\n");
    try {
      Money unused = Money.parse("twelve thousand");
      out.append("(parsed as ").append(unused).append(")\n");
    } catch (InvalidDataException e) {
      out.append(e.getMessage()).append('\n');
    }
    return out.toString();
  }

  /**
   * Prints the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(render());
  }
}
