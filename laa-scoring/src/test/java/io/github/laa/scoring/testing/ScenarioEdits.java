package io.github.laa.scoring.testing;

import io.github.laa.core.Allocation;
import io.github.laa.core.AllocationFilter;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Problem;
import io.github.laa.core.Purpose;
import io.github.laa.core.Stage;
import io.github.laa.core.TextChecks;
import io.github.laa.core.VcsBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The edits of a scenario's {@code Edits} cell, applied in order to a copy of the referenced
 * agreement; see {@link ScenarioFile} for the grammar. Every problem goes to {@code problems} with
 * the edit quoted; the edited agreement is checked like any other once all edits are applied.
 */
final class ScenarioEdits {
  private static final String TARGET =
      "allocations?(?:\\s+to\\s+(?<body>\\S+))?(?:\\s+from\\s+(?<stream>\\S+))?";
  private static final Pattern SET =
      Pattern.compile(
          "(?<year>\\d\\S*)\\s+(?:(?<purpose>.+?)\\s+)?" + TARGET + "\\s*:\\s*(?<amount>.+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ADD =
      Pattern.compile(
          "add\\s+(?<year>\\S+)\\s+" + TARGET + "\\s+for\\s+(?<purpose>.+?)\\s*:\\s*(?<amount>.+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern REMOVE =
      Pattern.compile(
          "remove(?:\\s+(?<year>\\d\\S*))?(?:\\s+(?<purpose>.+?))?\\s+" + TARGET,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WITHOUT =
      Pattern.compile(
          "without\\s+(involvement|infrastructure|commissioning|small\\s+grants(?:\\s+programmes)?)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern STRATEGIC =
      Pattern.compile("strategic\\s+involvement\\s*:\\s*(.+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLOCK_LEVEL =
      Pattern.compile("(\\S+)\\s+(\\S+)\\s+involvement\\s*:\\s*(.+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern RATING =
      Pattern.compile(
          "infrastructure\\s+(?:quality\\s+)?rating\\s*:\\s*(.+)", Pattern.CASE_INSENSITIVE);

  /** The grammar, for error messages. */
  static final String FORMS =
      "\"2007/08 allocations to cvs: £95k\" (or \"2007/08 service delivery allocations to cvs"
          + " from nrf: £95k\"), "
          + "\"add 2007/08 allocation to cvs from nrf for service delivery: £20k\", "
          + "\"remove 2006/07 allocations\" (a purpose, to a body, from a stream: optional), "
          + "\"strategic involvement: consulted\", \"CYP design involvement: informed\", "
          + "\"infrastructure quality rating: 2\", "
          + "\"without involvement\" (or infrastructure, commissioning, small grants)";

  private ScenarioEdits() {}

  /**
   * The edits of {@code cell}, split at semicolons, as written (trimmed); blank items are dropped.
   */
  static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String item : cell.split(";", -1)) {
      if (!item.isBlank()) {
        out.add(item.strip());
      }
    }
    return out;
  }

  /**
   * {@code base} with {@code edits} applied, or null if any problem was found (each given to {@code
   * problems}).
   */
  static @Nullable LocalAreaAgreement apply(
      LocalAreaAgreement base, List<String> edits, Consumer<String> problems) {
    List<Allocation> allocations = new ArrayList<>(base.allocations());
    boolean involvement = true;
    boolean infrastructure = true;
    boolean commissioning = true;
    boolean programmes = true;
    Optional<Involvement> involved = base.involvement();
    Optional<InfrastructureProfile> profile = base.infrastructure();
    boolean ok = true;
    for (String edit : edits) {
      Matcher m;
      String quoted = TextChecks.quote(edit);
      if ((m = ADD.matcher(edit)).matches()) {
        ok &= add(base, allocations, m, quoted, problems);
      } else if ((m = REMOVE.matcher(edit)).matches()) {
        ok &= remove(base, allocations, m, quoted, problems);
      } else if ((m = SET.matcher(edit)).matches()) {
        ok &= set(base, allocations, m, quoted, problems);
      } else if ((m = STRATEGIC.matcher(edit)).matches()) {
        InvolvementLevel level = level(m.group(1), quoted, problems);
        if (involved.isEmpty() || level == null) {
          ok &= present(involved, "involvement", base, quoted, problems) && level != null;
        } else {
          involved = Optional.of(involved.get().withStrategic(level));
        }
      } else if ((m = RATING.matcher(edit)).matches()) {
        Optional<InfrastructureProfile> edited =
            rating(base, profile, m.group(1), quoted, problems);
        ok &= edited.isPresent();
        profile = edited.isPresent() ? edited : profile;
      } else if ((m = BLOCK_LEVEL.matcher(edit)).matches()) {
        Optional<Involvement> edited = blockLevel(base, involved, m, quoted, problems);
        ok &= edited.isPresent();
        involved = edited.isPresent() ? edited : involved;
      } else if ((m = WITHOUT.matcher(edit)).matches()) {
        String what = m.group(1).toLowerCase(Locale.ROOT);
        if (what.startsWith("involvement")) {
          involvement = false;
        } else if (what.startsWith("infrastructure")) {
          infrastructure = false;
        } else if (what.startsWith("commissioning")) {
          commissioning = false;
        } else {
          programmes = false;
        }
      } else {
        problems.accept("not an edit: " + quoted + "; the edits are " + FORMS);
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    try {
      LocalAreaAgreement edited =
          base.withAllocations(allocations)
              .withInvolvement(involvement ? involved : Optional.empty())
              .withInfrastructure(infrastructure ? profile : Optional.empty());
      if (!commissioning) {
        edited = edited.withCommissioning(Optional.empty());
      }
      if (!programmes) {
        edited = edited.withSmallGrantsProgrammes(List.of());
      }
      return edited;
    } catch (InvalidDataException e) {
      for (Problem p : e.problems()) {
        problems.accept("the edited agreement is invalid: " + p);
      }
      if (e.problemCount() > e.problems().size()) {
        problems.accept(
            "the edited agreement is invalid: … and "
                + (e.problemCount() - e.problems().size())
                + " more problems");
      }
      return null;
    }
  }

  private static boolean present(
      Optional<?> fact, String what, LocalAreaAgreement base, String quoted, Consumer<String> out) {
    if (fact.isEmpty()) {
      out.accept(quoted + ": " + base.area().name() + " has no " + what + " to edit");
      return false;
    }
    return true;
  }

  private static @Nullable InvolvementLevel level(
      String text, String quoted, Consumer<String> out) {
    try {
      return InvolvementLevel.parse(text);
    } catch (InvalidDataException e) {
      out.accept(quoted + ": " + e.problems().get(0).message());
      return null;
    }
  }

  /** The profile with a new quality rating. */
  private static Optional<InfrastructureProfile> rating(
      LocalAreaAgreement base,
      Optional<InfrastructureProfile> profile,
      String text,
      String quoted,
      Consumer<String> out) {
    String r = text.strip();
    boolean number = r.matches("\\d{1,2}");
    if (!number) {
      out.accept(quoted + ": not a quality rating, 1 to 5: " + TextChecks.quote(r));
    }
    if (!present(profile, "infrastructure profile", base, quoted, out) || !number) {
      return Optional.empty();
    }
    try {
      return Optional.of(profile.orElseThrow().withQualityRating(Integer.parseInt(r)));
    } catch (InvalidDataException e) {
      out.accept(quoted + " gives an invalid profile: " + e.problems().get(0));
      return Optional.empty();
    }
  }

  /** The involvement with one block's stage at a new level (added if it had none). */
  private static Optional<Involvement> blockLevel(
      LocalAreaAgreement base,
      Optional<Involvement> involved,
      Matcher m,
      String quoted,
      Consumer<String> out) {
    String block = m.group(1);
    Stage stage = null;
    try {
      stage = Stage.parse(m.group(2));
    } catch (InvalidDataException e) {
      out.accept(quoted + ": " + e.problems().get(0).message());
    }
    InvolvementLevel level = level(m.group(3), quoted, out);
    boolean known = base.block(block).isPresent();
    if (!known) {
      out.accept(
          quoted
              + ": "
              + base.area().name()
              + " has no block "
              + TextChecks.quote(block)
              + "; its blocks are "
              + String.join(", ", base.blocks().stream().map(b -> b.id()).toList()));
    }
    if (!present(involved, "involvement", base, quoted, out)
        || stage == null
        || level == null
        || !known) {
      return Optional.empty();
    }
    List<BlockInvolvement> blocks = new ArrayList<>();
    boolean replaced = false;
    for (BlockInvolvement b : involved.orElseThrow().blocks()) {
      if (b.block().equals(block) && b.stage() == stage) {
        blocks.add(b.withLevel(level));
        replaced = true;
      } else {
        blocks.add(b);
      }
    }
    if (!replaced) {
      blocks.add(BlockInvolvement.of(block, stage, level));
    }
    return Optional.of(involved.orElseThrow().withBlocks(blocks));
  }

  private static boolean set(
      LocalAreaAgreement base,
      List<Allocation> allocations,
      Matcher m,
      String quoted,
      Consumer<String> problems) {
    FinancialYear year = year(m.group("year"), quoted, problems);
    String body = m.group("body");
    String stream = m.group("stream");
    boolean bodyKnown = body == null || body(base, body, quoted, problems);
    Money amount = money(m.group("amount"), quoted, problems);
    Optional<Purpose> purpose = purpose(m.group("purpose"), quoted, problems);
    if (year == null || !bodyKnown || amount == null || purpose == null) {
      return false;
    }
    List<Integer> matches = matching(allocations, year, purpose, body, stream);
    String what = describe(year, purpose, body, stream);
    if (matches.isEmpty()) {
      problems.accept(
          quoted
              + " changes nothing: there is no "
              + what
              + "; add one with \"add "
              + year
              + " allocation to <body> for <purpose>: "
              + m.group("amount").strip()
              + "\"");
      return false;
    }
    if (matches.size() > 1) {
      List<String> which = new ArrayList<>();
      for (int i : matches) {
        Allocation a = allocations.get(i);
        which.add(
            a.purpose().label()
                + " to "
                + a.recipient()
                + " from "
                + a.stream().orElse("no stream"));
      }
      problems.accept(
          quoted
              + " is ambiguous: there are "
              + matches.size()
              + " "
              + what
              + " ("
              + String.join("; ", which)
              + "); name one by its purpose, body or stream, or remove them and add one");
      return false;
    }
    int i = matches.get(0);
    return put(
        () -> allocations.get(i).withAmount(amount), a -> allocations.set(i, a), quoted, problems);
  }

  /** Puts the allocation {@code make} builds; false, with a problem, if it is invalid. */
  private static boolean put(
      Supplier<Allocation> make, Consumer<Allocation> put, String quoted, Consumer<String> out) {
    try {
      put.accept(make.get());
      return true;
    } catch (InvalidDataException e) {
      out.accept(quoted + " gives an invalid allocation: " + e.problems().get(0));
      return false;
    }
  }

  private static boolean add(
      LocalAreaAgreement base,
      List<Allocation> allocations,
      Matcher m,
      String quoted,
      Consumer<String> problems) {
    FinancialYear year = year(m.group("year"), quoted, problems);
    String body = m.group("body");
    if (body == null) {
      problems.accept(quoted + " must name the body: \"add 2007/08 allocation to cvs for …\"");
      return false;
    }
    boolean bodyKnown = body(base, body, quoted, problems);
    Money amount = money(m.group("amount"), quoted, problems);
    Optional<Purpose> purpose = purpose(m.group("purpose"), quoted, problems);
    if (year == null || !bodyKnown || amount == null || purpose == null || purpose.isEmpty()) {
      return false;
    }
    Allocation.Builder b =
        Allocation.builder()
            .recipient(body)
            .year(year)
            .amount(amount)
            .purpose(purpose.orElseThrow());
    if (m.group("stream") != null) {
      b.stream(m.group("stream"));
    }
    return put(b::build, allocations::add, quoted, problems);
  }

  private static boolean remove(
      LocalAreaAgreement base,
      List<Allocation> allocations,
      Matcher m,
      String quoted,
      Consumer<String> problems) {
    String yearText = m.group("year");
    FinancialYear year = yearText == null ? null : year(yearText, quoted, problems);
    String body = m.group("body");
    String stream = m.group("stream");
    Optional<Purpose> purpose = purpose(m.group("purpose"), quoted, problems);
    if ((yearText != null && year == null)
        || (body != null && !body(base, body, quoted, problems))
        || purpose == null) {
      return false;
    }
    if (year == null && purpose.isEmpty() && body == null && stream == null) {
      problems.accept(quoted + " would remove every allocation; name a year, a body or a stream");
      return false;
    }
    List<Integer> matches = matching(allocations, year, purpose, body, stream);
    if (matches.isEmpty()) {
      problems.accept(
          quoted + " changes nothing: there is no " + describe(year, purpose, body, stream));
      return false;
    }
    for (int k = matches.size() - 1; k >= 0; k--) {
      allocations.remove((int) matches.get(k));
    }
    return true;
  }

  /** The purpose named, empty if none is, or null (with a problem) if it is not a purpose. */
  private static @Nullable Optional<Purpose> purpose(
      @Nullable String text, String quoted, Consumer<String> out) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Purpose.parse(text));
    } catch (InvalidDataException e) {
      out.accept(quoted + ": " + e.problems().get(0).message());
      return null;
    }
  }

  private static List<Integer> matching(
      List<Allocation> allocations,
      @Nullable FinancialYear year,
      Optional<Purpose> purpose,
      @Nullable String body,
      @Nullable String stream) {
    AllocationFilter filter = filter(year, purpose, body, stream);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < allocations.size(); i++) {
      if (filter.matches(allocations.get(i))) {
        out.add(i);
      }
    }
    return out;
  }

  /** The core filter of an edit's criteria; each may be absent. */
  private static AllocationFilter filter(
      @Nullable FinancialYear year,
      Optional<Purpose> purpose,
      @Nullable String body,
      @Nullable String stream) {
    AllocationFilter f = AllocationFilter.any();
    f = year == null ? f : f.withYear(year);
    f = purpose.isEmpty() ? f : f.withPurpose(purpose.orElseThrow());
    f = body == null ? f : f.withRecipient(body);
    return stream == null ? f : f.withStream(stream);
  }

  private static String describe(
      @Nullable FinancialYear year,
      Optional<Purpose> purpose,
      @Nullable String body,
      @Nullable String stream) {
    return filter(year, purpose, body, stream).toString();
  }

  private static @Nullable FinancialYear year(String text, String quoted, Consumer<String> out) {
    Optional<FinancialYear> year = FinancialYear.tryParse(text);
    if (year.isEmpty()) {
      out.accept(quoted + ": not a financial year like 2007/08: " + TextChecks.quote(text));
    }
    return year.orElse(null);
  }

  private static @Nullable Money money(String text, String quoted, Consumer<String> out) {
    Optional<Money> money = Money.tryParse(text);
    if (money.isEmpty()) {
      out.accept(quoted + ": not an amount like £95k or £12,400: " + TextChecks.quote(text));
    }
    return money.orElse(null);
  }

  private static boolean body(
      LocalAreaAgreement base, String id, String quoted, Consumer<String> out) {
    if (base.body(id).isPresent()) {
      return true;
    }
    List<String> ids = base.bodies().stream().map(VcsBody::id).limit(20).toList();
    out.accept(
        quoted
            + ": "
            + base.area().name()
            + " has no VCS body "
            + TextChecks.quote(id)
            + "; its bodies are "
            + (ids.isEmpty() ? "none" : String.join(", ", ids))
            + (base.bodies().size() > ids.size() ? ", …" : ""));
    return false;
  }
}
