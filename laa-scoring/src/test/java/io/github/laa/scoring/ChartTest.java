package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.scoring.internal.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The chart model a section supplies: what it holds, and that every input is checked. */
class ChartTest {
  private static final List<String> LEVELS = List.of("low", "mid", "high");

  @Test
  void aBarChartHoldsItsBarsInOrder() {
    Chart c =
        Chart.bars(
            "Score by area",
            "score",
            List.of(new Chart.Bar("Camden", 100, "100, exemplar"), new Chart.Bar("Ealing", 62.5)));
    assertThat(c.kind()).isEqualTo(Chart.Kind.BARS);
    assertThat(c.title()).isEqualTo("Score by area");
    assertThat(c.xAxis()).isEqualTo("score");
    assertThat(c.bars())
        .containsExactly(
            new Chart.Bar("Camden", 100, "100, exemplar"), new Chart.Bar("Ealing", 62.5, ""));
    assertThat(c.points()).isEmpty();
    assertThat(c.cells()).isEmpty();
    assertThat(c.note()).isEmpty();
    assertThat(c.withNote("n = 2").note()).contains("n = 2");
    assertThat(c.withNote("n = 2")).isNotEqualTo(c).hasToString("BARS chart Score by area");
    assertThat(c)
        .isEqualTo(
            Chart.bars(
                "Score by area",
                "score",
                List.of(
                    new Chart.Bar("Camden", 100, "100, exemplar"), new Chart.Bar("Ealing", 62.5))))
        .hasSameHashCodeAs(
            Chart.bars(
                "Score by area",
                "score",
                List.of(
                    new Chart.Bar("Camden", 100, "100, exemplar"), new Chart.Bar("Ealing", 62.5))));
  }

  @Test
  void aHeatMapHoldsOneLevelOrNothingPerCell() {
    Chart c =
        Chart.heatMap(
            "Levels",
            List.of("A", "B"),
            List.of("x", "y"),
            List.of(
                List.of(OptionalInt.of(0), OptionalInt.empty()),
                List.of(OptionalInt.of(2), OptionalInt.of(1))),
            LEVELS);
    assertThat(c.kind()).isEqualTo(Chart.Kind.HEAT_MAP);
    assertThat(c.rows()).containsExactly("A", "B");
    assertThat(c.columns()).containsExactly("x", "y");
    assertThat(c.cells().get(1)).containsExactly(OptionalInt.of(2), OptionalInt.of(1));
    assertThat(c.levels()).isEqualTo(LEVELS);
  }

  @Test
  void aScatterHoldsItsPointsAndAxes() {
    Chart c =
        Chart.scatter("R1", "rating", "ladder", List.of(new Chart.Point("Camden", 5, 60.5)))
            .withNote("ρ = 0.348 (n = 9)");
    assertThat(c.kind()).isEqualTo(Chart.Kind.SCATTER);
    assertThat(c.xAxis()).isEqualTo("rating");
    assertThat(c.yAxis()).isEqualTo("ladder");
    assertThat(c.points()).containsExactly(new Chart.Point("Camden", 5, 60.5));
    assertThat(c.note()).contains("ρ = 0.348 (n = 9)");
  }

  @Test
  void badBarsAndPointsAreRefusedSayingWhatIsWrong() {
    assertThatThrownBy(() -> new Chart.Bar("Camden", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bar Camden's value must not be negative but was: -1.0");
    assertThatThrownBy(() -> new Chart.Bar("Camden", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bar Camden's value must be finite but was: NaN");
    assertThatThrownBy(() -> new Chart.Bar("x\ny", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a bar's label must not contain control characters");
    assertThatThrownBy(() -> new Chart.Bar("Camden", 1, "a\u2028b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bar Camden's text must not");
    assertThatThrownBy(() -> new Chart.Point("P", 1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("point P's y must be finite but was: Infinity");
    assertThatThrownBy(() -> new Chart.Point("", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a point's label must");
  }

  @Test
  void badChartsAreRefusedSayingWhatIsWrong() {
    assertThatThrownBy(() -> Chart.bars("T", "score", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart T's bars must not be empty");
    assertThatThrownBy(() -> Chart.bars("", "score", List.of(new Chart.Bar("a", 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a chart's title must");
    assertThatThrownBy(() -> Chart.scatter("T", "x", "y\r", List.of(new Chart.Point("a", 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("chart T's y axis must not contain control characters");
    List<Chart.Bar> many = new ArrayList<>();
    for (int i = 0; i <= Chart.MAX_ITEMS; i++) {
      many.add(new Chart.Bar("b", i));
    }
    assertThatThrownBy(() -> Chart.bars("T", "score", many))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart T's bars must be at most 100000 but were: 100001");
    Chart c = Chart.bars("T", "score", List.of(new Chart.Bar("a", 1)));
    assertThatThrownBy(() -> c.withNote("a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("chart T's note must not contain control characters");
  }

  @Test
  void badHeatMapsAreRefusedSayingWhatIsWrong() {
    List<List<OptionalInt>> one = List.of(List.of(OptionalInt.of(1)));
    assertThatThrownBy(() -> Chart.heatMap("H", List.of("A"), List.of("x"), one, List.of("only")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart H's levels must be at least 2 but were: 1");
    assertThatThrownBy(() -> Chart.heatMap("H", List.of("A", "B"), List.of("x"), one, LEVELS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart H's cells must have one list per row (2) but had: 1");
    assertThatThrownBy(() -> Chart.heatMap("H", List.of("A"), List.of("x", "y"), one, LEVELS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart H's row A must have one cell per column (2) but had: 1");
    assertThatThrownBy(
            () ->
                Chart.heatMap(
                    "H", List.of("A"), List.of("x"), List.of(List.of(OptionalInt.of(3))), LEVELS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart H's row A must have levels from 0 to 2 but had: 3");
    assertThatThrownBy(
            () ->
                Chart.heatMap(
                    "H", List.of("A"), List.of("x"), List.of(List.of(OptionalInt.of(-1))), LEVELS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart H's row A must have levels from 0 to 2 but had: -1");
    assertThatThrownBy(() -> Chart.heatMap("H", List.of("A\t"), List.of("x"), one, LEVELS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("each of chart H's rows must not contain control characters");
    assertThatThrownBy(() -> Chart.heatMap("H", List.of(), List.of("x"), one, LEVELS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart H's rows must not be empty");
  }

  @Test
  void aSectionCarriesItsChartsAndTheTextReportsIgnoreThem() {
    Chart c = Chart.bars("T", "score", List.of(new Chart.Bar("a", 1)));
    Section s = Section.builder("S").chart(c).build();
    assertThat(s.charts()).containsExactly(c);
    assertThat(Section.builder("S").build().charts()).isEmpty();
  }

  @Test
  void pageNumbersAreRootLocaleAndRoundedToTwoPlaces() {
    assertThat(Html.number(3)).isEqualTo("3");
    assertThat(Html.number(-0.0)).isEqualTo("0");
    assertThat(Html.number(41666.666)).isEqualTo("41666.67");
    assertThat(Html.number(0.125)).isEqualTo("0.12");
    assertThat(Html.number(-2.5)).isEqualTo("-2.5");
    assertThat(Html.number(-0.006)).isEqualTo("-0.01");
    assertThat(Html.number(0.004)).isEqualTo("0");
    assertThat(Html.number(12.05)).isEqualTo("12.05");
    assertThat(Html.number(1e20)).isEqualTo("100000000000000000000");
    assertThatThrownBy(() -> Html.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a number on a page must be finite but was: NaN");
  }

  @Test
  void markupEntersOnlyEscapedAndElementsMustNest() {
    assertThat(Html.escaped("<a href='x'>&\"</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
    assertThat(Html.escaped("a\u202eb\uFFFF")).isEqualTo("a\\u202eb&#xfffd;");
    // Latin-1 as it is; beyond it, numeric character references (the page stays one byte a char).
    assertThat(Html.escaped("£1 — ρ < 2 · 3 … →"))
        .isEqualTo("£1 &#x2014; &#x3c1; &lt; 2 · 3 &#x2026; &#x2192;");
    assertThat(Html.escaped("a \uD83D\uDE00 b")).isEqualTo("a &#x1f600; b");
    // Text that needs Texts.line is written once, escaped, after the fast pass gave up.
    assertThat(Html.escaped("<b>\u0007é</b>")).isEqualTo("&lt;b&gt;\\u0007é&lt;/b&gt;");
    String p =
        Html.fragment()
            .open(Html.Tag.P)
            .attr(Html.Attr.CLASS, "\"><script>")
            .text("<b>")
            .empty(Html.Tag.RECT)
            .attr(Html.Attr.WIDTH, 2.5)
            .close(Html.Tag.P)
            .build();
    assertThat(p)
        .isEqualTo("<p class=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;<rect width=\"2.5\"/></p>");
    assertThatThrownBy(() -> Html.fragment().open(Html.Tag.P).close(Html.Tag.TD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("closing td but the innermost open element is P");
    assertThatThrownBy(() -> Html.fragment().open(Html.Tag.P).text("x").attr(Html.Attr.ID, "y"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("attribute id after content");
    assertThatThrownBy(() -> Html.fragment().open(Html.Tag.P).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("elements still open: [P]");
  }
}
