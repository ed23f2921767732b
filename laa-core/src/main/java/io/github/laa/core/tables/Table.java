package io.github.laa.core.tables;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;

/**
 * The tables agreements are read from and written to: one table per kind of fact, each a CSV file
 * with a header row. One set of tables holds any number of agreements; every table but {@link
 * #AGREEMENTS} and {@link #DEFLATORS} has an {@code Area} column naming the agreement a row belongs
 * to, by GSS code or by name as {@code agreements.csv} gives it (the column may be left out when
 * there is only one agreement). Only {@code agreements.csv} is required; a table not given has no
 * rows.
 *
 * <p>Headers are matched ignoring case and surrounding spaces, in any order; unknown columns are
 * ignored. Cells are read in everyday wording: amounts {@code £12,400}, {@code 12400.50} or {@code
 * £1.2m}; years {@code 2006/07} (also {@code 2006-07}, {@code 2006/7}); yes/no {@code yes}, {@code
 * no}, {@code y}, {@code n}, {@code true}, {@code false}; percentages {@code 42.5%}; the words of
 * each enum by its label or name in any case ({@code Service delivery}, {@code SERVICE_DELIVERY}).
 * An empty cell is "not given": the column's default applies, and a required cell is a problem. A
 * cell that starts with {@code '} followed by {@code =}, {@code +}, {@code -}, {@code @}, a tab, a
 * carriage return or {@code '} loses that first {@code '}: {@link Tables} writes it before any cell
 * a spreadsheet would take for a formula.
 *
 * <p>Each constant's Javadoc lists its columns: the title, what it holds, and its default when
 * empty; columns marked <i>required</i> must be present and filled.
 */
public enum Table {
  /**
   * {@code agreements.csv}, one row per agreement. {@code Area code} (required): the GSS code,
   * {@code E09000011}; {@code Area name}: default, the London area with that code; {@code Area
   * kind}: {@code London borough}, {@code City of London}, {@code Metropolitan district}, {@code
   * Unitary} or {@code County}, default from the code ({@code E09000001} the City, {@code E09} a
   * London borough, {@code E08}, {@code E06}, {@code E10}); {@code Round} (required): {@code
   * Pilot}, {@code Round 2}, {@code Round 3} or {@code New LAA (2008)}.
   */
  AGREEMENTS("agreements.csv", "Area code", "Area name", "Area kind", "Round"),
  /**
   * {@code blocks.csv}, one row per block and stream it lists (a block without streams has one row
   * with {@code Stream} empty), in order. {@code Area}; {@code Block} (required): {@code Children
   * and Young People} or {@code CYP}, {@code Safer and Stronger Communities} or {@code SSC}, {@code
   * Healthier Communities and Older People} or {@code HCOP}, {@code Economic Development and
   * Enterprise} or {@code EDE}, {@code Single Pot} or {@code SP}, {@code Local theme}; {@code Block
   * id}: default the block's code ({@code CYP}), required for a local theme; {@code Block name}:
   * default the block's title, required for a local theme (on a block's later rows it may be left
   * empty); {@code Stream}: the id of a stream in {@code streams.csv}.
   */
  BLOCKS("blocks.csv", "Area", "Block", "Block id", "Block name", "Stream"),
  /**
   * {@code outcomes.csv}, one row per outcome of a block. {@code Area}; {@code Block id}
   * (required); {@code Outcome id} (required, unique in the agreement); {@code Title} (required);
   * {@code Mandatory}: yes/no, default no.
   */
  OUTCOMES("outcomes.csv", "Area", "Block id", "Outcome id", "Title", "Mandatory"),
  /**
   * {@code indicators.csv}, one row per indicator of an outcome. {@code Area}; {@code Outcome id}
   * (required); {@code Indicator code} (required, unique in the agreement); {@code Description}
   * (required); {@code Statutory}: yes/no, default no.
   */
  INDICATORS("indicators.csv", "Area", "Outcome id", "Indicator code", "Description", "Statutory"),
  /**
   * {@code targets.csv}, one row per target of an indicator. {@code Area}; {@code Indicator code}
   * (required); {@code Year} (required, a year of the agreement); {@code Baseline} and {@code
   * Target} (required decimals, {@code 12.5}); {@code Stretch}: a decimal, default none.
   */
  TARGETS("targets.csv", "Area", "Indicator code", "Year", "Baseline", "Target", "Stretch"),
  /**
   * {@code streams.csv}, one row per funding stream. {@code Area}; {@code Stream id} (required);
   * {@code Stream name} (required); {@code Mode}: {@code Pooled} or {@code Aligned}, default
   * pooled; {@code Ring-fenced} and {@code Formerly direct to VCS}: yes/no, default no.
   */
  STREAMS(
      "streams.csv",
      "Area",
      "Stream id",
      "Stream name",
      "Mode",
      "Ring-fenced",
      "Formerly direct to VCS"),
  /**
   * {@code bodies.csv}, one row per VCS body. {@code Area}; {@code Body id} (required); {@code Body
   * name} (required); {@code Income}: the annual income; {@code Income band}: the NCVO band when
   * only that is known, {@code micro}, {@code small}, {@code medium}, {@code large}, {@code major}
   * or a range such as {@code £10k - £100k} (the income or its band is required, and both must
   * agree); {@code Role}: {@code Frontline}, {@code Infrastructure}, {@code Network} or {@code
   * Consortium}, default frontline; {@code Community-based}: yes/no, default no.
   */
  BODIES(
      "bodies.csv",
      "Area",
      "Body id",
      "Body name",
      "Income",
      "Income band",
      "Role",
      "Community-based"),
  /**
   * {@code allocations.csv}, one row per allocation, in this form or in 360Giving's (see {@link
   * Tables}). {@code Area}; {@code Recipient} (required): a body id; {@code Stream}: a stream id,
   * default none; {@code Year} (required): a baseline year or a year of the agreement; {@code
   * Amount} (required); {@code Purpose} (required): {@code Service delivery}, {@code Capacity
   * building}, {@code Infrastructure support}, {@code Small grants}, {@code Performance support} or
   * {@code Core}; {@code Outcome}: an outcome id, default none; {@code Term (years)}: 1 to 25,
   * default 1; {@code Full cost recovery} and {@code Paid in advance}: yes/no, default no.
   */
  ALLOCATIONS(
      "allocations.csv",
      "Area",
      "Recipient",
      "Stream",
      "Year",
      "Amount",
      "Purpose",
      "Outcome",
      "Term (years)",
      "Full cost recovery",
      "Paid in advance"),
  /**
   * {@code programmes.csv}, one row per small grants programme. {@code Area}; {@code Programme id}
   * (required); {@code Programme name} (required); {@code Maximum grant} and {@code Income cap}
   * (required amounts); {@code Capacity building}: yes/no, default no; {@code Administered by}: a
   * body id, default none; {@code Stream}: a stream id, default none.
   */
  PROGRAMMES(
      "programmes.csv",
      "Area",
      "Programme id",
      "Programme name",
      "Maximum grant",
      "Income cap",
      "Capacity building",
      "Administered by",
      "Stream"),
  /**
   * {@code budgets.csv}, one row per programme and year. {@code Area}; {@code Programme id}
   * (required); {@code Year} (required); {@code Budget} (required amount).
   */
  BUDGETS("budgets.csv", "Area", "Programme id", "Year", "Budget"),
  /**
   * {@code involvement.csv}: for an agreement whose VCS involvement is known, one row with {@code
   * Block id} empty for the strategic level, then one row per block and stage. {@code Area}; {@code
   * Block id}: empty on the strategic row; {@code Stage}: {@code Design}, {@code Delivery}, {@code
   * Commissioning} or {@code Evaluation}, required on a block's row and empty on the strategic row;
   * {@code Level} (required): {@code None}, {@code Informed}, {@code Consulted}, {@code Involved},
   * {@code Partner} or {@code Leading}; {@code Note}: default none.
   */
  INVOLVEMENT("involvement.csv", "Area", "Block id", "Stage", "Level", "Note"),
  /**
   * {@code infrastructure.csv}, at most one row per agreement. {@code Area}; {@code Annual funding}
   * (required amount); {@code Staff (FTE)} (required decimal); {@code Quality rating} (required, 1
   * to 5).
   */
  INFRASTRUCTURE("infrastructure.csv", "Area", "Annual funding", "Staff (FTE)", "Quality rating"),
  /**
   * {@code commissioning.csv}, at most one row per agreement; every cell but {@code Area} may be
   * empty (not known). {@code Area}; {@code Three-year terms share}, {@code Full cost recovery
   * share} and {@code Paid in advance share}: percentages; {@code Consultation weeks} and {@code
   * Notice months}: whole numbers.
   */
  COMMISSIONING(
      "commissioning.csv",
      "Area",
      "Three-year terms share",
      "Full cost recovery share",
      "Paid in advance share",
      "Consultation weeks",
      "Notice months"),
  /**
   * {@code deflators.csv}, one row per series and year, for every agreement. {@code Series}
   * (required): the series' name; {@code Year} (required); {@code Index} (required, a positive
   * decimal).
   */
  DEFLATORS("deflators.csv", "Series", "Year", "Index");

  private final String fileName;
  private final ImmutableList<String> columns;

  Table(String fileName, String... columns) {
    this.fileName = fileName;
    this.columns = ImmutableList.copyOf(columns);
  }

  /** The table's file name, such as {@code allocations.csv}: how problems name it by default. */
  public String fileName() {
    return fileName;
  }

  /** The column titles, in the order {@link Tables} writes them. */
  public ImmutableList<String> columns() {
    return columns;
  }

  /** The table whose {@link #fileName()} is {@code fileName}, ignoring case. */
  public static Optional<Table> forFileName(String fileName) {
    String wanted = fileName.strip().toLowerCase(Locale.ROOT);
    for (Table t : values()) {
      if (t.fileName.equals(wanted)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
