package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laa.core.Allocation;
import io.github.laa.core.Area;
import io.github.laa.core.AreaKind;
import io.github.laa.core.Block;
import io.github.laa.core.BlockType;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingStream;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.core.Round;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.VcsBody;
import io.github.laa.scoring.lvsc.Lvsc2006;
import io.github.laa.scoring.lvsc.NetResourceLossRule;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * The reports' Markdown, rendered by a real CommonMark renderer, turns no caller text into markup:
 * names written as HTML, emphasis, links, code or entities show as themselves, and the only HTML
 * elements in the rendered page are those the reports' own markup makes.
 */
class MarkdownSafetyTest {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";
  private static final String MARKUP =
      "*em* _em_ **strong** [link](http://x) ![i](http://x) `code`";
  private static final String ENTITY = "&lt;b&gt; &amp; &#60;";
  private static final Set<String> OWN_ELEMENTS =
      Set.of("h2", "h3", "p", "strong", "em", "blockquote", "ul", "li", "code");
  private static final Pattern ELEMENT = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)");

  private static LocalAreaAgreement hostile(String code) {
    return LocalAreaAgreement.builder()
        .area(Area.of(code, IMG + " " + MARKUP, AreaKind.LONDON_BOROUGH))
        .round(Round.ROUND_2)
        .addBlock(
            Block.builder()
                .type(BlockType.LOCAL_THEME)
                .id("T<1>")
                .name(SCRIPT)
                .addStream("s&1")
                .build())
        .addStream(FundingStream.of("s&1", MARKUP))
        .addBody(VcsBody.builder().id("b`1").name(SCRIPT).income(Money.parse("£5k")).build())
        .addBody(VcsBody.builder().id("b|2").name(ENTITY).income(Money.parse("£500k")).build())
        .addAllocation(grant("b`1", "2005/06", "£10k"))
        .addAllocation(grant("b|2", "2005/06", "£90k"))
        .addAllocation(grant("b`1", "2006/07", "£1k"))
        .addAllocation(grant("b|2", "2006/07", "£80k"))
        .addSmallGrantsProgramme(
            SmallGrantsProgramme.builder()
                .id("p*1")
                .name(IMG)
                .capacityBuilding(true)
                .maxGrant(Money.parse("£6k"))
                .incomeCap(Money.parse("£200k"))
                .putBudget(FinancialYear.parse("2006/07"), Money.parse("£5k"))
                .build())
        .build();
  }

  private static Allocation grant(String body, String year, String amount) {
    return Allocation.builder().recipient(body).stream("s&1")
        .year(FinancialYear.parse(year))
        .amount(Money.parse(amount))
        .purpose(Purpose.SERVICE_DELIVERY)
        .build();
  }

  /** The elements of the HTML a CommonMark renderer makes of {@code markdown}. */
  private static Set<String> elements(String markdown) {
    String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<a ");
    if (html.contains("onerror")) {
      // Where the area's name is shown, its emphasis, links, images and code show as typed.
      assertThat(html).contains(MARKUP);
    }
    Set<String> found = new TreeSet<>();
    Matcher m = ELEMENT.matcher(html);
    while (m.find()) {
      found.add(m.group(2).toLowerCase(Locale.ROOT));
    }
    return found;
  }

  @Test
  void noCallerTextBecomesMarkupInAnyReport() {
    Policy hostilePolicy =
        Lvsc2006.policy()
            .reform("<i>LVSC</i> *2006* & co")
            .set(NetResourceLossRule.TOLERANCE, Percentage.of(5))
            .build();
    LocalAreaAgreement a = hostile("E09000007");
    LocalAreaAgreement b = hostile("E09000012");
    Scorecard card = Lvsc2006.policy().score(a);
    CohortScorecard before = Lvsc2006.policy().scoreCohort(List.of(a, b));
    CohortScorecard after = hostilePolicy.scoreCohort(List.of(a, b));
    List<String> reports =
        List.of(
            card.toMarkdown(),
            hostilePolicy.score(a).toMarkdown(),
            card.diff(hostilePolicy.score(a)).toMarkdown(),
            before.toMarkdown(),
            before.diff(after).toMarkdown());
    for (String md : reports) {
      assertThat(elements(md)).isSubsetOf(OWN_ELEMENTS);
    }
    // The names are still there, as text, in every report that shows an area.
    for (String md : List.of(reports.get(0), reports.get(1), reports.get(2), reports.get(3))) {
      assertThat(HtmlRenderer.builder().build().render(Parser.builder().build().parse(md)))
          .contains("&lt;img src=x onerror=alert(1)&gt; " + MARKUP);
    }
    // The largest recipient's name, written as entities, shows as those entities, not as "<b>".
    assertThat(card.toMarkdown()).contains("\\&lt;b\\&gt; \\&amp; \\&#60;");
    assertThat(
            HtmlRenderer.builder()
                .build()
                .render(Parser.builder().build().parse(card.toMarkdown())))
        .contains("&amp;lt;b&amp;gt; &amp;amp; &amp;#60;");
  }

  @Test
  void escapingLeavesOrdinaryTextAsItIs() {
    Scorecard card = Lvsc2006.policy().score(hostile("E09000007"));
    assertThat(card.toMarkdown())
        .contains("£100,000.00")
        .contains("Round 2, 2006/07 to 2008/09")
        .contains("### NET_RESOURCE_LOSS: No net loss of resources to the VCS");
  }
}
