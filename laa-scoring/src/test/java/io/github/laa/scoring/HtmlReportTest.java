package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Allocation;
import io.github.laa.core.Area;
import io.github.laa.core.AreaKind;
import io.github.laa.core.Block;
import io.github.laa.core.BlockType;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingStream;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.core.Round;
import io.github.laa.core.VcsBody;
import io.github.laa.scoring.lvsc.BenchmarkEntry;
import io.github.laa.scoring.lvsc.CommissioningRule;
import io.github.laa.scoring.lvsc.Correlation;
import io.github.laa.scoring.lvsc.InfrastructureRule;
import io.github.laa.scoring.lvsc.InvolvementMatrix;
import io.github.laa.scoring.lvsc.InvolvementRule;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The HTML pages of a scorecard and a cohort, read back with the JDK's strict XML parser: well
 * formed, self-contained (no script, no reference to anything outside), every caller text shown
 * only as text, every chart labelled and described with its numbers in a table that equals the data
 * it was drawn from, a finding that was not assessed scoring {@code n/a}, the same bytes every
 * time.
 */
class HtmlReportTest {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String BREAKOUT = "\"><svg onload=alert(1)>";
  private static final String QUOTES = "O'Neil & Sons' \"trust\" </td></table>";

  /** A round-2 agreement whose area, stream, block and body names are markup. */
  private static LocalAreaAgreement hostile(String code) {
    return LocalAreaAgreement.builder()
        .area(Area.of(code, SCRIPT, AreaKind.LONDON_BOROUGH))
        .round(Round.ROUND_2)
        .addBlock(
            Block.builder()
                .type(BlockType.LOCAL_THEME)
                .id("T<1>")
                .name(BREAKOUT)
                .addStream("s1")
                .build())
        .addStream(FundingStream.of("s1", BREAKOUT))
        .addStream(FundingStream.of("s2", QUOTES))
        .addBody(VcsBody.builder().id("b1").name(SCRIPT).income(Money.parse("£5k")).build())
        .addBody(VcsBody.builder().id("b2").name(QUOTES).income(Money.parse("£500k")).build())
        .addAllocation(grant("b1", "s1", "2005/06", "£10k"))
        .addAllocation(grant("b2", "s2", "2005/06", "£90k"))
        .addAllocation(grant("b1", "s1", "2006/07", "£1k"))
        .addAllocation(grant("b2", "s2", "2006/07", "£80k"))
        .addAllocation(grant("b2", null, "2007/08", "£85k"))
        .addAllocation(grant("b2", "s1", "2008/09", "£120,000.50"))
        .addAllocation(grant("b1", "s2", "2004/05", "£7k")) // before the one-year baseline
        .build();
  }

  private static Allocation grant(
      String body, @org.jspecify.annotations.Nullable String stream, String year, String amount) {
    Allocation.Builder b =
        Allocation.builder()
            .recipient(body)
            .year(FinancialYear.parse(year))
            .amount(Money.parse(amount))
            .purpose(Purpose.SERVICE_DELIVERY);
    if (stream != null) {
      b.stream(stream);
    }
    return b.build();
  }

  static Document parse(String html)
      throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(
        new org.xml.sax.helpers.DefaultHandler() {
          @Override
          public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
          }

          @Override
          public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
          }
        });
    return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> elements(Node root, String tag) {
    NodeList list =
        root instanceof Document d
            ? d.getElementsByTagName(tag)
            : ((Element) root).getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  static List<Element> children(Element e, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(tag)) {
        out.add(c);
      }
    }
    return out;
  }

  /** A table's body rows, each as its cells' text. */
  static List<List<String>> rows(Element table) {
    List<List<String>> out = new ArrayList<>();
    for (Element tr : elements(children(table, "tbody").get(0), "tr")) {
      List<String> cells = new ArrayList<>();
      for (Element td : children(tr, "td")) {
        cells.add(td.getTextContent());
      }
      out.add(cells);
    }
    return out;
  }

  static List<String> headers(Element table) {
    List<String> out = new ArrayList<>();
    for (Element th : elements(children(table, "thead").get(0), "th")) {
      out.add(th.getTextContent());
    }
    return out;
  }

  /** The table captioned {@code caption}, the first if several are. */
  static Element table(Node root, String caption) {
    for (Element t : elements(root, "table")) {
      if (children(t, "caption").get(0).getTextContent().equals(caption)) {
        return t;
      }
    }
    throw new AssertionError("no table captioned " + caption);
  }

  /** The data table of the chart titled {@code title}. */
  static Element chartTable(Document page, String title) {
    for (Element svg : elements(page, "svg")) {
      if (children(svg, "title").get(0).getTextContent().equals(title)) {
        Element figure = (Element) svg.getParentNode();
        return elements(children(figure, "details").get(0), "table").get(0);
      }
    }
    throw new AssertionError("no chart titled " + title);
  }

  static void assertSelfContained(String html) throws Exception {
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower)
        .doesNotContain("<script")
        .doesNotContain("http:")
        .doesNotContain("https:")
        .doesNotContain("//")
        .doesNotContain("url(")
        .doesNotContain("@import")
        .startsWith("<!doctype html>\n<html lang=\"en-gb\">");
    Document page = parse(html);
    NodeList all = page.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      assertThat(e.getTagName()).isNotIn("script", "img", "link", "iframe", "object", "a", "use");
      NamedNodeMap attributes = e.getAttributes();
      for (int j = 0; j < attributes.getLength(); j++) {
        String name = attributes.item(j).getNodeName().toLowerCase(Locale.ROOT);
        assertThat(name).doesNotStartWith("on").isNotIn("href", "src", "xlink:href", "style");
      }
    }
    assertThat(elements(page, "meta").get(0).getAttribute("charset")).isEqualTo("utf-8");
    String css = elements(page, "style").get(0).getTextContent();
    assertThat(css).contains("@page { size: A4;").contains("@media print");
    assertThat(css).isEqualTo(HtmlReport.CSS);
  }

  /** Every chart: an accessible svg, a caption, and its numbers in a table right after it. */
  static int assertChartsAccessible(Document page) {
    List<Element> svgs = elements(page, "svg");
    for (Element svg : svgs) {
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      Element title = children(svg, "title").get(0);
      Element desc = children(svg, "desc").get(0);
      assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
      assertThat(svg.getAttribute("aria-describedby")).isEqualTo(desc.getAttribute("id"));
      assertThat(title.getTextContent()).isNotBlank();
      assertThat(desc.getTextContent()).isNotBlank();
      int w = Integer.parseInt(svg.getAttribute("width"));
      int h = Integer.parseInt(svg.getAttribute("height"));
      assertThat(w).isPositive();
      assertThat(h).isPositive();
      assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 " + w + " " + h);
      Element figure = (Element) svg.getParentNode();
      assertThat(figure.getTagName()).isEqualTo("figure");
      assertThat(children(figure, "figcaption")).hasSize(1);
      Element details = children(figure, "details").get(0);
      assertThat(children(details, "summary").get(0).getTextContent())
          .isEqualTo("Chart data: " + title.getTextContent());
      assertThat(rows(elements(details, "table").get(0))).isNotEmpty();
    }
    // Ids are unique on the page.
    Map<String, Integer> ids = new HashMap<>();
    NodeList all = page.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttribute("id");
      if (!id.isEmpty()) {
        ids.merge(id, 1, Integer::sum);
      }
    }
    assertThat(ids.values()).containsOnly(1);
    return svgs.size();
  }

  @Test
  void callerTextAppearsOnlyEscapedAndThePageIsWellFormedAndSelfContained() throws Exception {
    Scorecard card = Lvsc2006.policy().score(hostile("E09000007"));
    String html = card.toHtml();
    assertSelfContained(html);
    for (String raw : List.of(SCRIPT, BREAKOUT, QUOTES, "onload=alert(1)>")) {
      assertThat(html).doesNotContain(raw);
    }
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&quot;&gt;&lt;svg onload=alert(1)&gt;")
        .contains("O&#39;Neil &amp; Sons&#39; &quot;trust&quot; &lt;/td&gt;&lt;/table&gt;");
    Document page = parse(html);
    // The names are there as text: in the heading, the page title, the stream columns.
    assertThat(elements(page, "h1").get(0).getTextContent()).isEqualTo(SCRIPT + " (E09000007)");
    assertThat(elements(page, "title").get(0).getTextContent())
        .isEqualTo("Scorecard: " + SCRIPT + " (E09000007)");
    assertThat(elements(page, "svg")).hasSize(1);
    Element money =
        chartTable(page, "VCS money by financial year, " + SCRIPT + " (2005/06 to 2008/09)");
    assertThat(headers(money))
        .containsExactly("Year", BREAKOUT, QUOTES, "Other council funds", "Total");
    assertThat(assertChartsAccessible(page)).isEqualTo(1);
  }

  @Test
  void aPolicysNameAndACustomRulesTextAppearOnlyEscaped() throws Exception {
    Policy hostile = Lvsc2006.policy().reform("<i>LVSC</i> & \"co\" '06").build();
    for (String html :
        List.of(
            hostile.score(hostile("E09000007")).toHtml(),
            hostile.scoreCohort(List.of(hostile("E09000007"), hostile("E09000012"))).toHtml())) {
      assertSelfContained(html);
      assertThat(html)
          .doesNotContain("<i>")
          .contains("&lt;i&gt;LVSC&lt;/i&gt; &amp; &quot;co&quot; &#39;06 (2006-03-08)");
      Document page = parse(html);
      assertThat(elements(page, "i")).isEmpty();
      assertThat(elements(page, "svg")).isNotEmpty();
    }
  }

  @Test
  void theMoneyChartsNumbersAreTheAgreementsAllocationsByYearAndStream() throws Exception {
    for (LocalAreaAgreement laa :
        List.of(hostile("E09000007"), Fixtures.twoStreams(), Fixtures.squeezed())) {
      for (int window : new int[] {1, 2}) {
        Policy policy =
            Lvsc2006.policy().reform("window " + window).set(Policy.BASELINE_YEARS, window).build();
        Scorecard card = policy.score(laa);
        Document page = parse(card.toHtml());
        FinancialYear from = laa.firstYear().plusYears(-window);
        List<FinancialYear> years = FinancialYear.rangeClosed(from, laa.lastYear());
        // Expected: money by stream name (other council funds for none) and year, from the
        // allocations; streams in the agreement's order, those without money in the years left out.
        Map<String, Map<FinancialYear, Long>> expected = new LinkedHashMap<>();
        for (FundingStream s : laa.streams()) {
          expected.put(s.name(), new TreeMap<>());
        }
        expected.put("Other council funds", new TreeMap<>());
        Map<FinancialYear, Long> totals = new TreeMap<>();
        for (Allocation a : laa.allocations()) {
          if (!years.contains(a.year())) {
            continue;
          }
          String name =
              a.stream()
                  .map(id -> laa.stream(id).orElseThrow().name())
                  .orElse("Other council funds");
          expected
              .computeIfAbsent(name, k -> new TreeMap<>())
              .merge(a.year(), a.amount().pence(), Long::sum);
          totals.merge(a.year(), a.amount().pence(), Long::sum);
        }
        expected.values().removeIf(Map::isEmpty);
        String title =
            "VCS money by financial year, "
                + laa.area().name()
                + " ("
                + years.get(0)
                + " to "
                + laa.lastYear()
                + ")";
        Element table = chartTable(page, title);
        List<String> wantHeaders = new ArrayList<>();
        wantHeaders.add("Year");
        wantHeaders.addAll(expected.keySet());
        wantHeaders.add("Total");
        assertThat(headers(table)).isEqualTo(wantHeaders);
        List<List<String>> want = new ArrayList<>();
        long baselineSum = 0;
        for (int y = 0; y < years.size(); y++) {
          FinancialYear year = years.get(y);
          List<String> row = new ArrayList<>();
          row.add(year + (y < window ? " (baseline)" : ""));
          for (Map<FinancialYear, Long> byYear : expected.values()) {
            row.add(Money.ofPence(byYear.getOrDefault(year, 0L)).toString());
          }
          long total = totals.getOrDefault(year, 0L);
          row.add(Money.ofPence(total).toString());
          want.add(row);
          if (y < window) {
            baselineSum += total;
          }
        }
        List<String> baselineRow = new ArrayList<>();
        baselineRow.add("Baseline");
        baselineRow.addAll(Collections.nCopies(expected.size(), ""));
        baselineRow.add(
            Money.ofPence(baselineSum)
                .dividedBy(window, java.math.RoundingMode.HALF_EVEN)
                .toString());
        want.add(baselineRow);
        assertThat(rows(table)).as("%s, window %d", laa.area().name(), window).isEqualTo(want);
      }
    }
  }

  @Test
  void everyMoneyMarginAboutAYearIsMarkedOnThatYearsBar() throws Exception {
    // A loss in 2006/07 and 2007/08 against a £100k baseline: net resource loss fails.
    LocalAreaAgreement laa = Fixtures.yearly("£100k", "£90k", "£95k", "£120k");
    Scorecard card = Lvsc2006.policy().score(laa);
    List<List<String>> want = new ArrayList<>();
    for (Finding f : card.findings()) {
      Optional<Margin> m = f.margin();
      if (m.isPresent() && m.get().year().isPresent() && m.get().money().isPresent()) {
        Margin.Direction d = m.get().direction().orElseThrow();
        boolean up = d == Margin.Direction.MUST_RISE || d == Margin.Direction.COULD_RISE;
        want.add(
            List.of(
                Integer.toString(want.size() + 1),
                m.get().year().get().toString(),
                f.ruleId().value(),
                (up ? "+" : "-") + m.get().money().get(),
                m.get().toString()));
      }
    }
    assertThat(want).as("the example has a money margin about a year").isNotEmpty();
    Document page = parse(card.toHtml());
    assertThat(rows(table(page, "Margins marked"))).isEqualTo(want);
    // Each is drawn: a numbered label on the chart, and its sentence under it.
    Element svg = elements(page, "svg").get(0);
    List<String> labels = new ArrayList<>();
    for (Element t : elements(svg, "text")) {
      labels.add(t.getTextContent());
    }
    List<String> listed = new ArrayList<>();
    for (Element li : elements(elements(page, "figure").get(0), "li")) {
      listed.add(li.getTextContent());
    }
    for (List<String> row : want) {
      assertThat(labels).contains(row.get(0));
      assertThat(listed).contains(row.get(0) + ": " + row.get(2) + ": " + row.get(4));
    }
  }

  @Test
  void aFindingThatWasNotAssessedScoresNotApplicableNeverZero() throws Exception {
    Scorecard card = Lvsc2006.policy().score(Fixtures.twoStreams());
    List<Finding> notAssessed =
        card.findings().stream().filter(f -> f.verdict() == Verdict.NOT_ASSESSED).toList();
    assertThat(notAssessed).as("the example leaves some rules not assessed").isNotEmpty();
    Document page = parse(card.toHtml());
    List<List<String>> summary = rows(table(page, "Summary"));
    assertThat(summary).hasSize(card.findings().size());
    for (int i = 0; i < summary.size(); i++) {
      Finding f = card.findings().get(i);
      List<String> row = summary.get(i);
      assertThat(row.get(0)).isEqualTo(f.ruleId().value());
      assertThat(row.get(1)).isEqualTo(f.verdict().name());
      assertThat(row.get(2))
          .isEqualTo(f.verdict().isAssessed() ? Integer.toString(f.score()) : "n/a");
      assertThat(row.get(3))
          .isEqualTo(card.policy().entry(f.ruleId()).orElseThrow().severity().name());
      assertThat(row.get(4))
          .isEqualTo(
              f.missing()
                  .map(m -> "missing: " + m)
                  .orElseGet(() -> f.margin().map(Object::toString).orElse("")));
    }
    for (Finding f : notAssessed) {
      assertThat(summary)
          .contains(
              List.of(
                  f.ruleId().value(),
                  "NOT_ASSESSED",
                  "n/a",
                  card.policy().entry(f.ruleId()).orElseThrow().severity().name(),
                  "missing: " + f.missing().orElseThrow()));
    }
    // Each finding's evidence is in its own table.
    for (Finding f : card.findings()) {
      List<List<String>> evidence = new ArrayList<>();
      for (Evidence<?> e : f.evidence()) {
        if (!(e.value() instanceof Change)) {
          evidence.add(List.of(e.label(), e.valueText(), e.check().map(Enum::name).orElse("")));
        }
      }
      if (!evidence.isEmpty()) {
        assertThat(rows(table(page, "Evidence: " + f.ruleId().value()))).isEqualTo(evidence);
      }
    }
  }

  @Test
  void theCohortPageDrawsTheLeagueTableAndEveryViewsChartsFromTheirData() throws Exception {
    List<LocalAreaAgreement> areas = Fixtures.fiveAreas();
    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(areas);
    String html = cohort.toHtml();
    assertSelfContained(html);
    Document page = parse(html);
    assertThat(elements(page, "html")).hasSize(1);
    assertThat(elements(page, "article")).hasSize(areas.size());
    // League table, each view's charts, and one money chart per area.
    int sectionCharts = 0;
    for (Section s : cohort.sections()) {
      sectionCharts += s.charts().size();
    }
    assertThat(assertChartsAccessible(page)).isEqualTo(1 + sectionCharts + areas.size());

    List<List<String>> league = new ArrayList<>();
    for (LeagueEntry e : cohort.leagueTable()) {
      league.add(
          List.of(
              e.area().name(),
              e.score().isPresent() ? Integer.toString(e.score().getAsInt()) : "n/a",
              e.rag().name()));
    }
    assertThat(rows(chartTable(page, "League table: overall score by area"))).isEqualTo(league);
    // The bars are coloured by rating and labelled with it too.
    Element leagueSvg = elements(page, "svg").get(0);
    List<String> texts = new ArrayList<>();
    for (Element t : elements(leagueSvg, "text")) {
      texts.add(t.getTextContent());
    }
    for (LeagueEntry e : cohort.leagueTable()) {
      assertThat(texts)
          .contains(
              (e.score().isPresent() ? Integer.toString(e.score().getAsInt()) : "n/a")
                  + " "
                  + e.rag());
    }

    InvolvementMatrix matrix = cohort.view(InvolvementRule.MAPPING).orElseThrow();
    List<List<String>> cells = new ArrayList<>();
    for (InvolvementMatrix.Row r : matrix.rows()) {
      List<String> row = new ArrayList<>();
      row.add(r.area().name());
      for (Optional<InvolvementLevel> l : r.levels()) {
        row.add(l.map(x -> x.name().toLowerCase(Locale.ROOT)).orElse("-"));
      }
      cells.add(row);
    }
    assertThat(rows(chartTable(page, "R4 involvement mapping: level by area, block and stage")))
        .isEqualTo(cells);

    for (Correlation c : cohort.view(InfrastructureRule.CORRELATIONS).orElseThrow()) {
      if (c.pairs().isEmpty()) {
        continue;
      }
      boolean money = c.x().contains("funding");
      List<List<String>> points = new ArrayList<>();
      for (Correlation.Pair p : c.pairs()) {
        points.add(
            List.of(
                p.area().name(),
                money
                    ? Money.ofPence(p.x()).toPounds().stripTrailingZeros().toPlainString()
                    : Long.toString(p.x()),
                Long.toString(p.y())));
      }
      String title = "R1: " + c.x() + " against " + c.y();
      assertThat(rows(chartTable(page, title))).isEqualTo(points);
      // Beyond Latin-1, ρ is written as its numeric character reference.
      assertThat(html).contains("&#x3c1; = " + c.rhoText() + " (n = " + c.n() + ")");
    }

    List<List<String>> bench = new ArrayList<>();
    for (BenchmarkEntry e : cohort.view(CommissioningRule.BENCHMARK).orElseThrow()) {
      bench.add(
          List.of(
              e.area().name(),
              Integer.toString(e.score()),
              e.exemplar() ? e.score() + ", exemplar" : ""));
    }
    assertThat(bench).isNotEmpty();
    List<List<String>> drawn = rows(chartTable(page, "R6 commissioning benchmark: score by area"));
    // Without any exemplar the table has no "shown as" column.
    if (bench.stream().allMatch(r -> r.get(2).isEmpty())) {
      bench.replaceAll(r -> r.subList(0, 2));
    }
    assertThat(drawn).isEqualTo(bench);
  }

  @Test
  void aSectionsTableIsShownAsItIsAndItsChartsAreDrawn() throws Exception {
    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(Fixtures.fiveAreas());
    Document page = parse(cohort.toHtml());
    for (Section s : cohort.sections()) {
      if (!s.rows().isEmpty()) {
        assertThat(rows(table(page, s.title()))).isEqualTo(List.copyOf(s.rows()));
      }
      for (Chart c : s.charts()) {
        assertThat(chartTable(page, c.title())).isNotNull();
      }
    }
  }

  @Test
  void textAndMarkdownLeaveTheChartsOut() {
    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(Fixtures.fiveAreas());
    for (Section s : cohort.sections()) {
      for (Chart c : s.charts()) {
        assertThat(cohort.toText()).doesNotContain(c.title());
        assertThat(cohort.toMarkdown()).doesNotContain(c.title());
      }
    }
  }

  @Test
  void theSameInputGivesTheSameBytesWhateverTheOrderAndDefaultLocale() throws IOException {
    List<LocalAreaAgreement> areas = new ArrayList<>(Fixtures.fiveAreas());
    areas.add(hostile("E09000033"));
    String page = Lvsc2006.policy().scoreCohort(areas).toHtml();
    String card = Lvsc2006.policy().score(hostile("E09000033")).toHtml();
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("de-DE"));
      Collections.reverse(areas);
      assertThat(Lvsc2006.policy().scoreCohort(areas).toHtml()).isEqualTo(page);
      assertThat(Lvsc2006.policy().score(hostile("E09000033")).toHtml()).isEqualTo(card);
    } finally {
      Locale.setDefault(saved);
    }
    StringBuilder appended = new StringBuilder("x");
    Lvsc2006.policy().score(hostile("E09000033")).appendHtml(appended);
    assertThat(appended.toString()).isEqualTo("x" + card);
    assertThat(page).contains("£120,000.50");
  }

  @Test
  void aCohortOfOneAreaWithNothingRecordedStillMakesAValidPage() throws Exception {
    LocalAreaAgreement bare = Fixtures.camden().build();
    CohortScorecard cohort = Lvsc2006.policy().scoreCohort(ImmutableList.of(bare));
    String html = cohort.toHtml();
    assertSelfContained(html);
    Document page = parse(html);
    int sectionCharts = 0;
    for (Section s : cohort.sections()) {
      sectionCharts += s.charts().size();
    }
    // The league table and the money chart; no scatter or bars without data to draw.
    assertThat(assertChartsAccessible(page)).isEqualTo(2 + sectionCharts);
    assertThat(html).doesNotContain("R1: infrastructure").doesNotContain("R6 commissioning");
    Element money = chartTable(page, "VCS money by financial year, Camden (2005/06 to 2008/09)");
    assertThat(headers(money)).containsExactly("Year", "Total");
    assertThat(rows(money).get(0)).containsExactly("2005/06 (baseline)", "£0.00");
    assertThat(rows(money)).hasSize(5);
  }
}
