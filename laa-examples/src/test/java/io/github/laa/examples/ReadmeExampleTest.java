package io.github.laa.examples;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.laa.core.VcsBody;
import io.github.laa.scoring.Finding;
import io.github.laa.scoring.Margin;
import io.github.laa.scoring.Scorecard;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The README's code sample, exactly as printed there, and the excerpt of its output. */
class ReadmeExampleTest {

  static Allocation grant(String year, String amount) {
    return Allocation.builder().recipient("cvs").stream("nrf")
        .year(FinancialYear.parse(year))
        .amount(Money.parse(amount))
        .purpose(Purpose.SERVICE_DELIVERY)
        .build();
  }

  @Test
  void theReadmeSampleBuildsAndScoresAsShown() throws IOException {
    // --- README: Build an agreement and score it ---
    LocalAreaAgreement laa =
        LocalAreaAgreement.builder()
            .area(Areas.byName("Camden").orElseThrow())
            .round(Round.ROUND_2) // agreement years 2006/07 to 2008/09
            .addBlock(
                Block.builder()
                    .type(BlockType.SAFER_AND_STRONGER_COMMUNITIES)
                    .addStream("nrf")
                    .build())
            .addStream(FundingStream.of("nrf", "Neighbourhood Renewal Fund"))
            .addBody(
                VcsBody.builder().id("cvs").name("Camden CVS").income(Money.parse("£450k")).build())
            .addAllocation(grant("2005/06", "£100k")) // the baseline year
            .addAllocation(grant("2006/07", "£102k"))
            .addAllocation(grant("2007/08", "£95k"))
            .addAllocation(grant("2008/09", "£104k"))
            .build();
    Scorecard card = Lvsc2006.policy().score(laa);
    // --- end of README sample ---
    assertThat(card.toText())
        .startsWith(
            """
            Scorecard: Camden (E09000007)
            Agreement: Round 2, 2006/07 to 2008/09
            Policy:    LVSC 2006 (2006-03-08)
            Rating:    RED, score 22/100
            """)
        .contains(
            """
            NET_RESOURCE_LOSS         FAIL             39  VCS resources in 2007/08 must rise by £5,000.00 to
                                                           avoid a net loss
            SMALL_GRANTS              FAIL              0  The agreement needs a small grants programme that is
                                                           part of its capacity building
            """)
        .contains(
            """
            3. NET_RESOURCE_LOSS: No net loss of resources to the VCS
               MUST, weight 1: FAIL, score 39
                 total [2005/06]     £100,000.00
                 total [2006/07]     £102,000.00
                 total [2007/08]      £95,000.00
                 total [2008/09]     £104,000.00
                 baseline            £100,000.00
                 change [2006/07]      £2,000.00  PASS
                 change % [2006/07]        2.00%
                 change [2007/08]     -£5,000.00  FAIL
                 change % [2007/08]       -5.00%
                 change [2008/09]      £4,000.00  PASS
                 change % [2008/09]        4.00%
                 worst year              2007/08
                 Change                                              Before       After  Difference       %
                 ---------------------------------------------  -----------  ----------  ----------  ------
                 change by stream [Neighbourhood Renewal Fund]  £100,000.00  £95,000.00  -£5,000.00  -5.00%
            """)
        .contains(
            "INFRASTRUCTURE_TARGETING  NOT_ASSESSED    n/a  missing: infrastructure profile\n");
    assertThat(card.toText().lines()).allMatch(l -> l.length() <= 100);
    assertThat(card.toDetailedText())
        .contains(
            """
               Margin:   VCS resources in 2007/08 must rise by £5,000.00 to avoid a net loss
               Cites:    LVSC, "Voluntary sector involvement in Local Area Agreements", 8 March 2006,
                         recommendation 3: "the introduction of a LAA should not result in a net loss of
                         resources allocated to a borough's VCS"
            """)
        .contains(
            "   Parameters:\n     POLICY.baselineYears = 1\n     NET_RESOURCE_LOSS.terms = CASH\n");

    // --- README: the same figures, typed ---
    Finding loss = card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
    Money baseline = loss.get(NetResourceLossRule.BASELINE);
    Money worst = loss.get(NetResourceLossRule.TOTAL, FinancialYear.parse("2007/08"));
    FinancialYear year = loss.get(NetResourceLossRule.WORST_YEAR);
    Money rise = loss.margin().flatMap(Margin::money).orElseThrow();
    // --- end of README sample ---
    assertThat(baseline).isEqualTo(Money.parse("£100,000.00"));
    assertThat(worst).isEqualTo(Money.parse("£95,000.00"));
    assertThat(year).isEqualTo(FinancialYear.parse("2007/08"));
    assertThat(rise).isEqualTo(Money.parse("£5,000.00"));

    // --- README: the decision record ---
    String json = card.toJson();
    // --- end of README sample ---
    JsonNode record = JSON.readTree(json);
    JsonNode shown = JSON.readTree(readmeBlock(JSON_MARK));
    assertThat(contained(shown, record, "$")).as("the README's excerpt of the record").isEmpty();
    assertThat(shown.get("findings").get(0).get("ruleId").asString())
        .isEqualTo("NET_RESOURCE_LOSS");
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String JSON_MARK = "<!-- an excerpt of card.toJson(): ReadmeExampleTest -->";

  /** The first fenced block after {@code mark} in the README. */
  static String readmeBlock(String mark) throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int at = readme.indexOf(mark);
    assertThat(at).as("the README has %s", mark).isNotNegative();
    int start = readme.indexOf('\n', readme.indexOf("```", at)) + 1;
    return readme.substring(start, readme.indexOf("```", start));
  }

  /**
   * Where {@code shown} is not part of {@code actual} (empty if it is): every member of a shown
   * object is in the actual one with a value it contains, a shown array's items are contained, in
   * order, by items of the actual array (an excerpt may leave items out), and other values are
   * equal.
   */
  static List<String> contained(JsonNode shown, JsonNode actual, String path) {
    List<String> problems = new ArrayList<>();
    if (shown.isObject()) {
      for (Map.Entry<String, JsonNode> m : shown.properties()) {
        JsonNode a = actual.get(m.getKey());
        if (a == null) {
          problems.add(path + "." + m.getKey() + ": not in the record");
        } else {
          problems.addAll(contained(m.getValue(), a, path + "." + m.getKey()));
        }
      }
    } else if (shown.isArray()) {
      int next = 0;
      for (int i = 0; i < shown.size(); i++) {
        while (next < actual.size() && !contained(shown.get(i), actual.get(next), path).isEmpty()) {
          next++;
        }
        if (next == actual.size()) {
          problems.add(
              path + "[" + i + "]: no item of the record, in order, holds " + shown.get(i));
          break;
        }
        next++;
      }
    } else if (!shown.equals(actual)) {
      problems.add(path + ": shown " + shown + " but the record has " + actual);
    }
    return problems;
  }
}
