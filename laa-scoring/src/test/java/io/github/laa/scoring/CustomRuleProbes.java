package io.github.laa.scoring;

import static io.github.laa.scoring.ErrorContract.mustFail;
import static io.github.laa.scoring.ErrorContract.mustSucceed;
import static io.github.laa.scoring.ErrorContract.ruleFailed;

import io.github.laa.core.Area;
import io.github.laa.core.Areas;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.BadInputCampaign.Coverage;
import io.github.laa.scoring.BadInputCampaign.Draw;
import io.github.laa.scoring.BadInputCampaign.Input;
import io.github.laa.scoring.BadValues.Pick;
import io.github.laa.scoring.lvsc.Lvsc2006;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The bad-input campaign's target in a council's own rules: a custom rule that misbehaves, added to
 * a policy (alone, or after the LVSC 2006 rules) and scored, alone or in a cohort, on one thread or
 * in parallel. What a rule says of itself — its id, title, citation and default severity — is read
 * when the policy is built: null, thrown, or (the title) not a valid name, it must be refused there
 * with an {@link io.github.laa.core.InvalidDataException} listing the problem at the rule's path
 * ({@code rules[i] (class).id}, i its place in the policy, while the id is unknown, {@code
 * rules[ID].title} after). What it does while scoring — throw, return no finding, return another
 * rule's finding — must be reported as {@link RuleFailedException}, the documented exception for a
 * misbehaving rule (see {@link ErrorContract}), naming the rule, the policy and the area (in a
 * cohort, the first area by code), with the rule's own exception as its cause. A score beyond every
 * band is moved into the verdict's band; a rule that behaves scores as it says.
 */
@SuppressWarnings("EnumOrdinal") // picks random enum constants by index: values()[d.nextInt(n)]
final class CustomRuleProbes {
  static final RuleId ID = RuleId.of("COUNCIL_PROBE");
  private static final String POLICY = "Council";
  private static final LocalDate DATE = LocalDate.of(2026, 1, 1);

  /** What a rule answers when asked what it is. */
  enum Said {
    WELL,
    NULL,
    THROWS
  }

  /** What the rule does when it evaluates an agreement. */
  enum Evaluation {
    BEHAVES,
    THROWS,
    NO_FINDING,
    ANOTHER_RULES_FINDING,
    SCORE_BEYOND_ITS_BAND
  }

  /** The exceptions a misbehaving rule throws, messages that could forge a line among them. */
  private static final int EXCEPTIONS = 7;

  static RuntimeException exception(int k) {
    return switch (k) {
      case 0 -> new IllegalStateException("not ready");
      case 1 -> new ArithmeticException("/ by zero");
      case 2 -> new NullPointerException();
      case 3 -> new UnsupportedOperationException("a\nRating:    GREEN, score 100/100 \u202E");
      case 4 -> new IndexOutOfBoundsException("x".repeat(10_000));
      case 5 -> new IllegalArgumentException("\uD800 lone \u0007 \u2028 \uFEFF");
      default -> new ClassCastException();
    };
  }

  /** Scores a custom rule may give, far beyond every band among them. */
  private static final long[] SCORES = {
    Long.MAX_VALUE,
    Long.MIN_VALUE,
    Long.MAX_VALUE - 1,
    Long.MIN_VALUE + 1,
    Integer.MAX_VALUE + 1L,
    Integer.MIN_VALUE - 1L,
    1_000,
    -1_000,
    101,
    100,
    70,
    69,
    40,
    39,
    0,
    -1
  };

  /** A custom rule whose every answer the probe chose. */
  static final class Misbehaving implements Rule {
    final Said id;
    final Said title;
    final String titleText;
    final Said citation;
    final Said severity;
    final Evaluation evaluation;
    final int exception;
    final Verdict verdict;
    final long score;
    final Rule other;

    Misbehaving(
        Said id,
        Said title,
        String titleText,
        Said citation,
        Said severity,
        Evaluation evaluation,
        int exception,
        Verdict verdict,
        long score,
        Rule other) {
      this.id = id;
      this.title = title;
      this.titleText = titleText;
      this.citation = citation;
      this.severity = severity;
      this.evaluation = evaluation;
      this.exception = exception;
      this.verdict = verdict;
      this.score = score;
      this.other = other;
    }

    @Override
    @SuppressWarnings("NullAway") // deliberately returns what the probe chose, null included
    public RuleId id() {
      return switch (id) {
        case WELL -> ID;
        case NULL -> null;
        case THROWS -> throw exception(exception);
      };
    }

    @Override
    @SuppressWarnings("NullAway")
    public String title() {
      return switch (title) {
        case WELL -> titleText;
        case NULL -> null;
        case THROWS -> throw exception(exception);
      };
    }

    @Override
    @SuppressWarnings("NullAway")
    public Citation citation() {
      return switch (citation) {
        case WELL -> Citation.of("Council compact", "a probe of custom rules");
        case NULL -> null;
        case THROWS -> throw exception(exception);
      };
    }

    @Override
    @SuppressWarnings("NullAway")
    public Severity defaultSeverity() {
      return switch (severity) {
        case WELL -> Severity.MAY;
        case NULL -> null;
        case THROWS -> throw exception(exception);
      };
    }

    @Override
    @SuppressWarnings("NullAway")
    public Finding evaluate(RuleInput in) {
      return switch (evaluation) {
        case BEHAVES -> in.finding().verdict(Verdict.PASS).score(100).build();
        case THROWS -> throw exception(exception);
        case NO_FINDING -> null;
        case ANOTHER_RULES_FINDING ->
            Finding.builder(other).verdict(Verdict.PASS).score(100).build();
        case SCORE_BEYOND_ITS_BAND -> in.finding().verdict(verdict).score(score).build();
      };
    }

    @Override
    public String toString() {
      return "Misbehaving[id "
          + id
          + ", title "
          + title
          + " "
          + PolicyProbes.codePoints(
              titleText.length() > 40 ? titleText.substring(0, 40) : titleText)
          + ", citation "
          + citation
          + ", severity "
          + severity
          + ", evaluation "
          + evaluation
          + ", exception "
          + exception
          + ", "
          + verdict
          + " "
          + score
          + ", other "
          + other.id()
          + "]";
    }
  }

  private final Input in;
  private final List<LocalAreaAgreement> valid;
  private final Coverage coverage;

  CustomRuleProbes(Input in, List<LocalAreaAgreement> valid, Coverage coverage) {
    this.in = in;
    this.valid = valid;
    this.coverage = coverage;
    for (String what : List.of("id", "citation", "defaultSeverity")) {
      for (Said s : List.of(Said.NULL, Said.THROWS)) {
        coverage.declare("custom rule: " + what + " " + s);
      }
    }
    coverage.declare("custom rule: title NULL");
    coverage.declare("custom rule: title THROWS");
    coverage.declare("custom rule: title not a valid name");
    for (Evaluation e : Evaluation.values()) {
      coverage.declare("custom rule: evaluation " + e);
    }
    for (int k = 0; k < EXCEPTIONS; k++) {
      coverage.declare("custom rule: throws " + exception(k).getClass().getSimpleName());
    }
    for (long s : SCORES) {
      coverage.declare("custom rule: score " + s);
    }
    coverage.declare("custom rule: scored alone");
    coverage.declare("custom rule: scored in a cohort");
    coverage.declare("custom rule: scored in a cohort in parallel");
    coverage.declare("custom rule: after the LVSC 2006 rules");
  }

  /** Mostly {@link Said#WELL}; now and then null or thrown. */
  private static Said said(Draw d) {
    if (d.nextInt(8) != 0) {
      return Said.WELL;
    }
    return d.nextBoolean() ? Said.NULL : Said.THROWS;
  }

  void rules(Draw d) {
    Said id = said(d);
    Said title = said(d);
    Pick<String> titleText =
        d.nextInt(6) == 0 ? BadValues.name(d) : new Pick<>("A council's own rule", true);
    Said citation = said(d);
    Said severity = said(d);
    Evaluation evaluation =
        d.nextInt(3) == 0
            ? Evaluation.BEHAVES
            : Evaluation.values()[1 + d.nextInt(Evaluation.values().length - 1)];
    int exception = d.nextInt(EXCEPTIONS);
    Verdict verdict = new Verdict[] {Verdict.PASS, Verdict.WARN, Verdict.FAIL}[d.nextInt(3)];
    long score = d.nextInt(4) == 0 ? d.nextLong() : SCORES[d.nextInt(SCORES.length)];
    List<Rule> lvsc = Lvsc2006.rules();
    Rule other = lvsc.get(d.nextInt(lvsc.size()));
    Misbehaving rule =
        new Misbehaving(
            id,
            title,
            titleText.value(),
            citation,
            severity,
            evaluation,
            exception,
            verdict,
            score,
            other);
    boolean afterLvsc = d.nextInt(4) == 0;
    in.note("custom rule", rule, afterLvsc ? "after LVSC 2006" : "alone");
    Supplier<Policy> build =
        afterLvsc
            ? () -> Lvsc2006.policy().reform(POLICY).rule(rule).build()
            : () -> Policy.builder(POLICY, DATE).rule(rule).build();

    // What the rule says of itself: problems at build time, at its path.
    Set<String> paths = new LinkedHashSet<>();
    if (id != Said.WELL) {
      // Nothing more is read of a rule without an id.
      coverage.hit("custom rule: id " + id);
      // Named by its place: first alone, after the seven LVSC 2006 rules in a reform.
      paths.add(
          "rules[" + (afterLvsc ? lvsc.size() : 0) + "] (" + Misbehaving.class.getName() + ").id");
    } else {
      String at = "rules[" + ID + "].";
      if (title != Said.WELL) {
        coverage.hit("custom rule: title " + title);
        paths.add(at + "title");
      } else if (!titleText.valid()) {
        coverage.hit("custom rule: title not a valid name");
        paths.add(at + "title");
      }
      if (citation != Said.WELL) {
        coverage.hit("custom rule: citation " + citation);
        paths.add(at + "citation");
      }
      if (severity != Said.WELL) {
        coverage.hit("custom rule: defaultSeverity " + severity);
        paths.add(at + "defaultSeverity");
      }
    }
    if (!paths.isEmpty()) {
      mustFail(build, paths);
      return;
    }
    Policy policy = mustSucceed(build);
    if (afterLvsc) {
      coverage.hit("custom rule: after the LVSC 2006 rules");
    }

    // What it does while scoring.
    coverage.hit("custom rule: evaluation " + evaluation);
    if (evaluation == Evaluation.THROWS) {
      coverage.hit("custom rule: throws " + exception(exception).getClass().getSimpleName());
    }
    if (evaluation == Evaluation.SCORE_BEYOND_ITS_BAND) {
      for (long s : SCORES) {
        if (s == score) {
          coverage.hit("custom rule: score " + s);
        }
      }
    }
    List<LocalAreaAgreement> agreements = new ArrayList<>();
    int mode = d.nextInt(4);
    Supplier<List<Scorecard>> scoring;
    if (mode < 2) {
      coverage.hit("custom rule: scored alone");
      LocalAreaAgreement laa = valid.get(d.nextInt(valid.size()));
      agreements.add(laa);
      scoring = () -> List.of(policy.score(laa));
    } else {
      int n = 2 + d.nextInt(3);
      for (int i = 0; i < n; i++) {
        agreements.add(
            valid.get(d.nextInt(valid.size())).withArea(Areas.london().get(d.nextInt(3) + 3 * i)));
      }
      boolean parallel = mode == 3;
      coverage.hit("custom rule: scored in a cohort" + (parallel ? " in parallel" : ""));
      scoring =
          () ->
              (parallel ? policy.scoreCohortInParallel(agreements) : policy.scoreCohort(agreements))
                  .scorecards();
    }
    if (evaluation == Evaluation.BEHAVES || evaluation == Evaluation.SCORE_BEYOND_ITS_BAND) {
      List<Scorecard> cards = scoring.get();
      int expected = evaluation == Evaluation.BEHAVES ? 100 : Reference.clamp(verdict, score);
      Verdict expectedVerdict = evaluation == Evaluation.BEHAVES ? Verdict.PASS : verdict;
      if (cards.size() != agreements.size()) {
        throw new AssertionError("scored " + cards.size() + " of " + agreements.size());
      }
      for (Scorecard card : cards) {
        Finding f = card.finding(ID).orElseThrow();
        if (f.verdict() != expectedVerdict || f.score() != expected) {
          throw new AssertionError(
              "a rule's score " + score + " for " + verdict + " became " + f + ", not " + expected);
        }
        Objects.requireNonNull(card.toText());
      }
      return;
    }
    // The first area by code fails: in a cohort every area fails alike.
    Area first =
        agreements.stream()
            .map(LocalAreaAgreement::area)
            .min(Comparator.comparing(Area::code))
            .orElseThrow();
    String area = first.name() + " (" + first.code() + ")";
    RuleFailedException e = ruleFailed(scoring::get, ID, POLICY, area);
    String start = "rule " + ID + " of policy " + POLICY + " scoring " + area + " ";
    String message = String.valueOf(e.getMessage());
    @Nullable Throwable cause = e.getCause();
    switch (evaluation) {
      case THROWS -> {
        RuntimeException thrown = exception(exception);
        if (cause == null
            || cause.getClass() != thrown.getClass()
            || !Objects.equals(cause.getMessage(), thrown.getMessage())
            || !message.startsWith(start + "threw " + thrown.getClass().getName())) {
          throw new AssertionError("a rule that threw " + thrown + " was reported so", e);
        }
      }
      case NO_FINDING -> {
        if (cause != null || !message.equals(start + "returned no finding")) {
          throw new AssertionError("a rule without a finding was reported so", e);
        }
      }
      default -> {
        if (cause != null || !message.equals(start + "returned a finding of rule " + other.id())) {
          throw new AssertionError("a rule with another rule's finding was reported so", e);
        }
      }
    }
  }
}
