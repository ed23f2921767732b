package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.scoring.internal.Markdown;
import io.github.laa.scoring.internal.TextTable;
import io.github.laa.scoring.internal.Texts;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A cohort's sensitivity to a policy's parameters ({@link Policy#sensitivity}): for every area and
 * every rule's parameter that tips at least one area's verdict, the value at which the verdict
 * changes and in which direction — e.g. {@code ≥ 3.41%: FAIL→WARN} for a net-loss tolerance. Areas
 * are in area-code order; columns in rule order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Sensitivity {
  private final String policy;
  private final ImmutableList<TippingPoints> areas;

  Sensitivity(String policy, ImmutableList<TippingPoints> areas) {
    this.policy = policy;
    this.areas = areas;
  }

  /** The name of the policy. */
  public String policy() {
    return policy;
  }

  /** Each area's tipping points, in area-code order. */
  public ImmutableList<TippingPoints> areas() {
    return areas;
  }

  /**
   * The rules' parameters that tip at least one area's verdict, in the policy's rule order and each
   * rule's parameter order: the table's columns.
   */
  public ImmutableList<TippingPoints.RuleParameter> columns() {
    Set<TippingPoints.RuleParameter> tipping = new HashSet<>();
    Set<TippingPoints.RuleParameter> all = new LinkedHashSet<>();
    for (TippingPoints t : areas) {
      for (TippingPoint p : t.all()) {
        TippingPoints.RuleParameter c = new TippingPoints.RuleParameter(p.rule(), p.parameter());
        all.add(c);
        if (p.changes()) {
          tipping.add(c);
        }
      }
    }
    return all.stream().filter(tipping::contains).collect(ImmutableList.toImmutableList());
  }

  /**
   * The cell of {@code area}'s points for one column: each change, raise first, as {@code ≥ value:
   * BEFORE→AFTER} or {@code ≤ value: BEFORE→AFTER}, a searched value marked {@code ~}; empty when
   * nothing changes.
   */
  static String cell(TippingPoints area, TippingPoints.RuleParameter column) {
    StringBuilder b = new StringBuilder();
    for (TippingPoint p : area.points()) {
      if (!p.rule().equals(column.rule()) || p.parameter() != column.parameter()) {
        continue;
      }
      b.append(b.length() == 0 ? "" : "; ")
          .append(p.direction() == TippingPoint.Direction.RAISE ? "≥ " : "≤ ")
          .append(p.isExact() ? "" : "~")
          .append(p.value().orElseThrow())
          .append(": ")
          .append(p.before())
          .append('→')
          .append(p.after().orElseThrow());
    }
    return b.toString();
  }

  /** The table as a {@link Section}: an Area column, then one per {@link #columns() column}. */
  public Section toSection() {
    ImmutableList<TippingPoints.RuleParameter> columns = columns();
    Section.Builder s =
        Section.builder("Sensitivity to the parameters of " + policy)
            .description(
                "the value at which each area's verdict changes, raising (≥) or lowering (≤) one"
                    + " parameter from the policy's value")
            .column("Area");
    for (TippingPoints.RuleParameter c : columns) {
      s.column(header(c, areas.isEmpty() ? null : areas.get(0)));
    }
    for (TippingPoints t : areas) {
      String[] row = new String[columns.size() + 1];
      row[0] = t.area().name();
      for (int i = 0; i < columns.size(); i++) {
        row[i + 1] = cell(t, columns.get(i));
      }
      s.row(row);
    }
    return s.footnote("~ found by bisection, to one step of the parameter (0.01%, £0.01 or 1).")
        .build();
  }

  /** {@code NET_RESOURCE_LOSS.tolerance (0.00%)}; a policy parameter names its rule too. */
  private static String header(TippingPoints.RuleParameter c, @Nullable TippingPoints any) {
    String id = c.parameter().id();
    String h = id.startsWith(c.rule().value() + ".") ? id : id + " in " + c.rule();
    Optional<Object> now =
        any == null
            ? Optional.empty()
            : any.all().stream()
                .filter(p -> p.rule().equals(c.rule()) && p.parameter() == c.parameter())
                .map(TippingPoint::current)
                .findFirst();
    return now.map(v -> h + " (" + v + ")").orElse(h);
  }

  private static TextTable table(Section s) {
    String[] headers = new String[s.columns().size()];
    for (int i = 0; i < headers.length; i++) {
      headers[i] = s.columns().get(i).header();
    }
    TextTable t = new TextTable(headers);
    for (ImmutableList<String> row : s.rows()) {
      t.row(row.toArray(new String[0]));
    }
    return t;
  }

  /** The table as aligned plain text, with its title and footnote. */
  public String toText() {
    Section s = toSection();
    StringBuilder out = new StringBuilder();
    Texts.appendWrapped(out, "", "  ", s.title());
    TextTable t = table(s);
    if (s.columns().size() == 1) {
      out.append("  (no verdict changes)\n");
    } else {
      t.appendText(out, "", true, Texts.WIDTH);
    }
    s.footnote().ifPresent(f -> Texts.appendWrapped(out, "", "", f));
    return out.toString();
  }

  /** The table as Markdown, every cell escaped. */
  public String toMarkdown() {
    Section s = toSection();
    StringBuilder out = new StringBuilder();
    out.append("### ").append(Markdown.text(s.title())).append("\n\n");
    table(s).appendMarkdown(out);
    s.footnote().ifPresent(f -> out.append('\n').append(Markdown.text(f)).append('\n'));
    return out.toString();
  }

  /** The table as CSV (RFC 4180, CRLF), cells guarded against spreadsheet formulas. */
  public String toCsv() {
    return CsvReport.section(toSection());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Sensitivity s && s.policy.equals(policy) && s.areas.equals(areas);
  }

  @Override
  public int hashCode() {
    return areas.hashCode();
  }

  @Override
  public String toString() {
    return toText();
  }
}
