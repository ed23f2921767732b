package io.github.laa.scoring;

import io.github.laa.core.Allocation;
import io.github.laa.core.Areas;
import io.github.laa.core.Block;
import io.github.laa.core.BlockType;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingStream;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.core.Round;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.VcsBody;

/**
 * Small hand-made round-2 agreements for worked examples: baseline year 2005/06, agreement years
 * 2006/07 to 2008/09, two streams (NRF in the agreement, a council budget outside it), three
 * bodies.
 */
public final class Agreements {
  public static final FinancialYear Y2004 = FinancialYear.of(2004);
  public static final FinancialYear Y2005 = FinancialYear.of(2005);
  public static final FinancialYear Y2006 = FinancialYear.of(2006);
  public static final FinancialYear Y2007 = FinancialYear.of(2007);
  public static final FinancialYear Y2008 = FinancialYear.of(2008);

  private Agreements() {}

  /** A round-2 agreement for Camden with the three bodies and two streams, no allocations. */
  public static LocalAreaAgreement.Builder camden() {
    return LocalAreaAgreement.builder()
        .area(Areas.byName("Camden").orElseThrow())
        .round(Round.ROUND_2)
        .addBlock(
            Block.builder().type(BlockType.SAFER_AND_STRONGER_COMMUNITIES).addStream("nrf").build())
        .addStream(FundingStream.of("nrf", "Neighbourhood Renewal Fund"))
        .addStream(FundingStream.of("council", "Council grants budget"))
        .addBody(
            VcsBody.builder().id("cvs").name("Camden CVS").income(Money.parse("£450k")).build())
        .addBody(
            VcsBody.builder()
                .id("club")
                .name("Youth club")
                .income(Money.parse("£8k"))
                .communityBased(true)
                .build())
        .addBody(
            VcsBody.builder().id("trust").name("Big Trust").income(Money.parse("£2m")).build());
  }

  /** An allocation of {@code amount} to {@code body} from {@code stream} in {@code year}. */
  public static Allocation money(String body, String stream, FinancialYear year, String amount) {
    return Allocation.builder().recipient(body).stream(stream)
        .year(year)
        .amount(Money.parse(amount))
        .purpose(Purpose.SERVICE_DELIVERY)
        .build();
  }

  /** Camden with one NRF allocation to the CVS in each of the four years. */
  public static LocalAreaAgreement yearly(String baseline, String y1, String y2, String y3) {
    return camden()
        .addAllocation(money("cvs", "nrf", Y2005, baseline))
        .addAllocation(money("cvs", "nrf", Y2006, y1))
        .addAllocation(money("cvs", "nrf", Y2007, y2))
        .addAllocation(money("cvs", "nrf", Y2008, y3))
        .build();
  }

  /** A capacity-building programme with £20k a year, £5k maximum grant, £100k cap. */
  public static SmallGrantsProgramme.Builder chest() {
    return SmallGrantsProgramme.builder()
        .id("chest")
        .name("Community Chest")
        .putBudget(Y2006, Money.parse("£20k"))
        .putBudget(Y2007, Money.parse("£20k"))
        .putBudget(Y2008, Money.parse("£20k"))
        .maxGrant(Money.parse("£5k"))
        .incomeCap(Money.parse("£100k"))
        .capacityBuilding(true);
  }
}
