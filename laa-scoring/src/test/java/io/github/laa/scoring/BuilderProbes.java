package io.github.laa.scoring;

import static io.github.laa.scoring.BadValues.decimal;
import static io.github.laa.scoring.BadValues.intIn;
import static io.github.laa.scoring.BadValues.money;
import static io.github.laa.scoring.BadValues.share;
import static io.github.laa.scoring.BadValues.text;
import static io.github.laa.scoring.BadValues.validNote;

import io.github.laa.core.Allocation;
import io.github.laa.core.Area;
import io.github.laa.core.AreaKind;
import io.github.laa.core.Block;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.BlockType;
import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingStream;
import io.github.laa.core.Indicator;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.Money;
import io.github.laa.core.Outcome;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.Stage;
import io.github.laa.core.Target;
import io.github.laa.core.VcsBody;
import io.github.laa.scoring.BadInputCampaign.Draw;
import io.github.laa.scoring.BadInputCampaign.Input;
import io.github.laa.scoring.BadValues.Pick;
import io.github.laa.scoring.ErrorContract.Planted;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The bad-input campaign's target in laa-core's builders: every domain type built with each
 * attribute valid or broken at random; every broken one must be listed, with its path.
 */
@SuppressWarnings("EnumOrdinal") // picks random enum constants by index: values()[d.nextInt(n)]
final class BuilderProbes {
  /**
   * Every text attribute of every builder: each must be tried with each of {@link
   * BadValues#INVISIBLES} in it.
   */
  static final List<String> TEXT_ATTRIBUTES =
      List.of(
          "VcsBody.id",
          "VcsBody.name",
          "FundingStream.id",
          "FundingStream.name",
          "Allocation.recipient",
          "Allocation.stream",
          "Allocation.outcome",
          "Block.id",
          "Block.name",
          "Block.streams[0]",
          "Outcome.id",
          "Outcome.title",
          "Indicator.code",
          "Indicator.description",
          "SmallGrantsProgramme.id",
          "SmallGrantsProgramme.name",
          "SmallGrantsProgramme.administeredBy",
          "BlockInvolvement.block",
          "BlockInvolvement.note",
          "Involvement.strategicNote",
          "DeflatorSeries.name",
          "Area.name");

  private final Input in;
  private final BadInputCampaign.Coverage coverage;

  BuilderProbes(Input in, BadInputCampaign.Coverage coverage) {
    this.in = in;
    this.coverage = coverage;
    for (String where : TEXT_ATTRIBUTES) {
      for (String c : BadValues.INVISIBLES) {
        coverage.declare(kind(where, c));
      }
    }
  }

  private static String kind(String where, String invisible) {
    return "builder text: " + where + " with " + PolicyProbes.codePoints(invisible);
  }

  /**
   * An id for {@code where}: drawn by {@link BadValues#id}, or — one time in four — a plain id with
   * one of {@link BadValues#INVISIBLES} at its start, inside or at its end.
   */
  private Pick<String> id(Draw d, String where) {
    return d.nextInt(4) == 0
        ? invisible(d, where, "id-" + d.nextInt(100), BadValues::validId)
        : BadValues.id(d);
  }

  /** The same for a name. */
  private Pick<String> name(Draw d, String where) {
    return d.nextInt(4) == 0
        ? invisible(d, where, "Name " + d.nextInt(100), BadValues::validName)
        : BadValues.name(d);
  }

  /** The same for a note (line breaks allowed). */
  private Pick<String> note(Draw d, String where) {
    if (d.nextInt(4) == 0) {
      return invisible(d, where, "A note,\nof two lines", BadValues::validNote);
    }
    String note = text(d);
    return new Pick<>(note, validNote(note));
  }

  private Pick<String> invisible(Draw d, String where, String plain, Predicate<String> valid) {
    String c = BadValues.INVISIBLES[d.nextInt(BadValues.INVISIBLES.length)];
    coverage.hit(kind(where, c));
    String s = BadValues.insert(d, plain, c);
    return new Pick<>(s, valid.test(s));
  }

  /** One domain type built from attributes each valid or broken at random. */
  void builders(Draw d) {
    switch (d.nextInt(13)) {
      case 0 -> vcsBody(d);
      case 1 -> fundingStream(d);
      case 2 -> allocation(d);
      case 3 -> block(d);
      case 4 -> outcome(d);
      case 5 -> indicator(d);
      case 6 -> target(d);
      case 7 -> smallGrantsProgramme(d);
      case 8 -> blockInvolvement(d);
      case 9 -> involvement(d);
      case 10 -> infrastructureProfile(d);
      case 11 -> commissioningPractice(d);
      default -> {
        if (d.nextBoolean()) {
          deflatorSeries(d);
        } else {
          area(d);
        }
      }
    }
  }

  /** A VCS body: id, name, income. */
  private void vcsBody(Draw d) {
    Planted p = new Planted();
    String id = p.take("id", id(d, "VcsBody.id"));
    String name = p.take("name", name(d, "VcsBody.name"));
    Money income = p.take("income", money(d));
    in.note("VcsBody", id, name, income);
    p.check(
        () ->
            VcsBody.builder()
                .id(id)
                .name(name)
                .income(income)
                .communityBased(d.nextBoolean())
                .build());
  }

  /** A funding stream: id, name. */
  private void fundingStream(Draw d) {
    Planted p = new Planted();
    String id = p.take("id", id(d, "FundingStream.id"));
    String name = p.take("name", name(d, "FundingStream.name"));
    in.note("FundingStream", id, name);
    p.check(() -> FundingStream.builder().id(id).name(name).ringFenced(d.nextBoolean()).build());
  }

  /** An allocation: recipient, stream, outcome, amount, term. */
  private void allocation(Draw d) {
    Planted p = new Planted();
    String recipient = p.take("recipient", id(d, "Allocation.recipient"));
    String stream = p.take("stream", id(d, "Allocation.stream"));
    String outcome = p.take("outcome", id(d, "Allocation.outcome"));
    Money amount = p.take("amount", money(d));
    int term = p.take("termYears", intIn(d, 1, Allocation.MAX_TERM_YEARS));
    in.note("Allocation", recipient, stream, outcome, amount, term);
    p.check(
        () ->
            Allocation.builder().recipient(recipient).stream(stream)
                .outcome(outcome)
                .year(FinancialYear.of(2006))
                .amount(amount)
                .purpose(Purpose.values()[d.nextInt(Purpose.values().length)])
                .termYears(term)
                .build());
  }

  /** A local-theme block: id, name, its first stream, now and then listed twice. */
  private void block(Draw d) {
    Planted p = new Planted();
    String id = p.take("id", id(d, "Block.id"));
    String name = p.take("name", name(d, "Block.name"));
    String s0 = p.take("streams[0]", id(d, "Block.streams[0]"));
    boolean repeat = d.nextBoolean();
    if (repeat) {
      p.paths.add("streams[1]");
    }
    in.note("Block", id, name, s0, repeat);
    p.check(
        () -> {
          Block.Builder b =
              Block.builder().type(BlockType.LOCAL_THEME).id(id).name(name).addStream(s0);
          if (repeat) {
            b.addStream(s0);
          }
          return b.build();
        });
  }

  /** An outcome: id, title. */
  private void outcome(Draw d) {
    Planted p = new Planted();
    String id = p.take("id", id(d, "Outcome.id"));
    String title = p.take("title", name(d, "Outcome.title"));
    in.note("Outcome", id, title);
    p.check(() -> Outcome.builder().id(id).title(title).build());
  }

  /** An indicator: code, description, now and then a second target for the same year. */
  private void indicator(Draw d) {
    Planted p = new Planted();
    String code = p.take("code", id(d, "Indicator.code"));
    String description = p.take("description", name(d, "Indicator.description"));
    boolean repeat = d.nextBoolean();
    if (repeat) {
      p.paths.add("targets[1].year");
    }
    in.note("Indicator", code, description, repeat);
    Target t =
        Target.builder()
            .year(FinancialYear.of(2007))
            .baseline(BigDecimal.ONE)
            .value(BigDecimal.TEN)
            .build();
    p.check(
        () ->
            Indicator.builder()
                .code(code)
                .description(description)
                .addTarget(t)
                .addAllTargets(repeat ? List.of(t) : List.of())
                .build());
  }

  /** A target whose stretch may go the wrong way. */
  private void target(Draw d) {
    Planted p = new Planted();
    BigDecimal baseline = decimal(d);
    BigDecimal value = decimal(d);
    BigDecimal stretch = decimal(d);
    int direction = value.compareTo(baseline);
    boolean ambitious =
        direction == 0
            || (direction > 0 ? stretch.compareTo(value) >= 0 : stretch.compareTo(value) <= 0);
    p.take("stretch", new Pick<>(stretch, ambitious));
    in.note("Target", baseline, value, stretch);
    p.check(
        () ->
            Target.builder()
                .year(FinancialYear.of(2007))
                .baseline(baseline)
                .value(value)
                .stretch(stretch)
                .build());
  }

  /** A small grants programme: id, name, a budget, maximum grant, income cap, administrator. */
  private void smallGrantsProgramme(Draw d) {
    Planted p = new Planted();
    String id = p.take("id", id(d, "SmallGrantsProgramme.id"));
    String name = p.take("name", name(d, "SmallGrantsProgramme.name"));
    Money budget = p.take("budgets[2006/07]", money(d));
    Money maxGrant = p.take("maxGrant", money(d));
    Money cap = p.take("incomeCap", money(d));
    String admin = p.take("administeredBy", id(d, "SmallGrantsProgramme.administeredBy"));
    in.note("SmallGrantsProgramme", id, name, budget, maxGrant, cap, admin);
    p.check(
        () ->
            SmallGrantsProgramme.builder()
                .id(id)
                .name(name)
                .putBudget(FinancialYear.of(2006), budget)
                .maxGrant(maxGrant)
                .incomeCap(cap)
                .administeredBy(admin)
                .build());
  }

  /** A block's involvement with a note. */
  private void blockInvolvement(Draw d) {
    Planted p = new Planted();
    String block = p.take("block", id(d, "BlockInvolvement.block"));
    String note = p.take("note", note(d, "BlockInvolvement.note"));
    in.note("BlockInvolvement", block, note);
    p.check(
        () ->
            BlockInvolvement.builder()
                .block(block)
                .stage(Stage.DESIGN)
                .level(InvolvementLevel.INVOLVED)
                .note(note)
                .build());
  }

  /** Involvement with a strategic note, now and then an entry listed twice. */
  private void involvement(Draw d) {
    Planted p = new Planted();
    String note = p.take("strategicNote", note(d, "Involvement.strategicNote"));
    boolean repeat = d.nextBoolean();
    if (repeat) {
      p.paths.add("blocks[1]");
    }
    in.note("Involvement", note, repeat);
    BlockInvolvement e = BlockInvolvement.of("CYP", Stage.DESIGN, InvolvementLevel.NONE);
    p.check(
        () ->
            Involvement.builder()
                .strategic(InvolvementLevel.PARTNER)
                .strategicNote(note)
                .addBlock(e)
                .addAllBlocks(repeat ? List.of(e) : List.of())
                .build());
  }

  /** An infrastructure profile: funding, staff, rating. */
  private void infrastructureProfile(Draw d) {
    Planted p = new Planted();
    Money funding = p.take("annualFunding", money(d));
    BigDecimal fte = decimal(d);
    p.take("staffFte", new Pick<>(fte, fte.signum() >= 0));
    int rating = p.take("qualityRating", intIn(d, 1, 5));
    in.note("InfrastructureProfile", funding, fte, rating);
    p.check(() -> InfrastructureProfile.of(funding, fte, rating));
  }

  /** Commissioning practice: three shares, weeks and months. */
  private void commissioningPractice(Draw d) {
    Planted p = new Planted();
    Percentage a = p.take("threeYearTermsShare", share(d));
    Percentage b = p.take("fullCostRecoveryShare", share(d));
    Percentage c = p.take("paidInAdvanceShare", share(d));
    int weeks = p.take("consultationWeeks", intIn(d, 0, Integer.MAX_VALUE));
    int months = p.take("noticeMonths", intIn(d, 0, Integer.MAX_VALUE));
    in.note("CommissioningPractice", a, b, c, weeks, months);
    p.check(
        () ->
            CommissioningPractice.builder()
                .threeYearTermsShare(a)
                .fullCostRecoveryShare(b)
                .paidInAdvanceShare(c)
                .consultationWeeks(weeks)
                .noticeMonths(months)
                .build());
  }

  /** A deflator series with one index. */
  private void deflatorSeries(Draw d) {
    Planted p = new Planted();
    String name = p.take("name", name(d, "DeflatorSeries.name"));
    BigDecimal index = decimal(d);
    boolean ok =
        index.signum() > 0 && (long) index.precision() - index.scale() <= 12 && index.scale() <= 12;
    p.take("indices[2005/06]", new Pick<>(index, ok));
    in.note("DeflatorSeries", name, index.unscaledValue(), index.scale());
    p.check(
        () -> DeflatorSeries.builder().name(name).putIndex(FinancialYear.of(2005), index).build());
  }

  /** An area: a code that must match its kind, and a name. */
  private void area(Draw d) {
    Planted p = new Planted();
    String code =
        d.nextBoolean()
            ? String.format(Locale.ROOT, "E%02d%06d", d.nextInt(12), d.nextInt(1_000_000))
            : text(d);
    AreaKind kind = AreaKind.values()[d.nextInt(AreaKind.values().length)];
    boolean ok = code.matches("E[0-9]{8}") && code.startsWith(kind.codePrefix());
    p.take("code", new Pick<>(code, ok));
    String name = p.take("name", name(d, "Area.name"));
    in.note("Area", code, name, kind);
    p.check(() -> Area.of(code, name, kind));
  }

  /** A strict builder rejects a second value for the same attribute: misuse, not bad data. */
  static boolean strictBuilderRejectsASecondValue() {
    try {
      VcsBody.builder().id("a").id("b");
      return false;
    } catch (IllegalStateException expected) {
      return true;
    }
  }
}
