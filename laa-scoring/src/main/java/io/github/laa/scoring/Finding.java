package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.laa.core.FinancialYear;
import io.github.laa.scoring.internal.Texts;
import java.math.BigDecimal;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking one rule against one agreement: a {@link Verdict}, a score from 0 to 100
 * within the verdict's band, the typed {@link Evidence} from which a person can redo the
 * arithmetic, a {@link Margin} (what would change the verdict), the parameter values used, and —
 * for {@link Verdict#NOT_ASSESSED} — the fact that was missing.
 *
 * <p>Evidence is looked up by its {@link Key}, and comes back with its type:
 *
 * <pre>{@code
 * Finding f = card.finding(Lvsc2006.NET_RESOURCE_LOSS).orElseThrow();
 * Money baseline = f.get(NetResourceLossRule.BASELINE);
 * Optional<Money> total = f.find(NetResourceLossRule.TOTAL, FinancialYear.parse("2007/08"));
 * }</pre>
 *
 * <p>Rules build findings with {@link RuleInput#finding()}; users read them from a {@link
 * Scorecard}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Finding {
  private final RuleId ruleId;
  private final String title;
  private final Citation citation;
  private final Verdict verdict;
  private final int score;
  private final ImmutableList<Evidence<?>> evidence;
  private final @Nullable Margin margin;
  private final ImmutableList<ParameterValue<?>> parameters;
  private final @Nullable String missing;
  private final @Nullable FinancialYear missingYear;
  private final @Nullable String missingAbout;

  private Finding(Builder b, Verdict verdict, @Nullable Margin margin) {
    this.ruleId = b.ruleId;
    this.title = b.title;
    this.citation = b.citation;
    this.verdict = verdict;
    this.score = verdict.clamp(b.score);
    this.evidence = b.evidence.build();
    this.margin = margin;
    this.parameters = b.parameters;
    this.missing = b.missing;
    this.missingYear = b.missingYear;
    this.missingAbout = b.missingAbout;
  }

  /**
   * Starts a finding for a rule outside a policy, recording no parameters; within a policy {@link
   * RuleInput#finding()} does this with the policy's values of the rule's parameters.
   */
  public static Builder builder(Rule rule) {
    return new Builder(rule.id(), rule.title(), rule.citation(), ImmutableList.of());
  }

  static Builder builder(
      RuleId id, String title, Citation citation, ImmutableList<ParameterValue<?>> parameters) {
    return new Builder(id, title, citation, parameters);
  }

  /** The rule's id. */
  public RuleId ruleId() {
    return ruleId;
  }

  /** The rule's title. */
  public String title() {
    return title;
  }

  /** What the rule enforces and where that comes from. */
  public Citation citation() {
    return citation;
  }

  /** The verdict. */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * The score, 0 to 100, within the verdict's band ({@link Verdict#minScore()} to {@link
   * Verdict#maxScore()}).
   */
  public int score() {
    return score;
  }

  /** All the evidence, in the order the rule gave it. */
  public ImmutableList<Evidence<?>> evidence() {
    return evidence;
  }

  /** Every piece of evidence under {@code key}, in order. */
  public <T> ImmutableList<Evidence<T>> entries(Key<T> key) {
    ImmutableList.Builder<Evidence<T>> out = ImmutableList.builder();
    for (Evidence<?> e : evidence) {
      Evidence<T> typed = typed(e, key);
      if (typed != null) {
        out.add(typed);
      }
    }
    return out.build();
  }

  /** The first evidence under {@code key}, whatever it is about. */
  public <T> Optional<Evidence<T>> entry(Key<T> key) {
    for (Evidence<?> e : evidence) {
      Evidence<T> typed = typed(e, key);
      if (typed != null) {
        return Optional.of(typed);
      }
    }
    return Optional.empty();
  }

  /** The evidence under {@code key} about {@code year}. */
  public <T> Optional<Evidence<T>> entry(Key<T> key, FinancialYear year) {
    for (Evidence<?> e : evidence) {
      Evidence<T> typed = typed(e, key);
      if (typed != null && typed.year().filter(year::equals).isPresent()) {
        return Optional.of(typed);
      }
    }
    return Optional.empty();
  }

  /** The evidence under {@code key} about {@code about} (a stream's name, a block id, …). */
  public <T> Optional<Evidence<T>> entry(Key<T> key, String about) {
    for (Evidence<?> e : evidence) {
      Evidence<T> typed = typed(e, key);
      if (typed != null && typed.about().filter(about::equals).isPresent()) {
        return Optional.of(typed);
      }
    }
    return Optional.empty();
  }

  /** The value of the first evidence under {@code key}, whatever it is about. */
  public <T> Optional<T> find(Key<T> key) {
    return entry(key).map(Evidence::value);
  }

  /** The value of the evidence under {@code key} about {@code year}. */
  public <T> Optional<T> find(Key<T> key, FinancialYear year) {
    return entry(key, year).map(Evidence::value);
  }

  /** The value of the evidence under {@code key} about {@code about}. */
  public <T> Optional<T> find(Key<T> key, String about) {
    return entry(key, about).map(Evidence::value);
  }

  /**
   * The value of the first evidence under {@code key}, whatever it is about.
   *
   * @throws NoSuchElementException if the finding has none, naming the rule and the key
   */
  public <T> T get(Key<T> key) {
    return find(key).orElseThrow(() -> absent(key, ""));
  }

  /**
   * The value of the evidence under {@code key} about {@code year}.
   *
   * @throws NoSuchElementException if the finding has none
   */
  public <T> T get(Key<T> key, FinancialYear year) {
    return find(key, year).orElseThrow(() -> absent(key, " [" + year + "]"));
  }

  /**
   * The value of the evidence under {@code key} about {@code about}.
   *
   * @throws NoSuchElementException if the finding has none
   */
  public <T> T get(Key<T> key, String about) {
    return find(key, about).orElseThrow(() -> absent(key, " [" + about + "]"));
  }

  private NoSuchElementException absent(Key<?> key, String about) {
    return new NoSuchElementException(
        ruleId + " (" + verdict + ") has no evidence \"" + key.name() + "\"" + about);
  }

  /** {@code e} as evidence of type {@code T} if it is under {@code key}, else null. */
  @SuppressWarnings("unchecked") // equal keys have equal types
  private static <T> @Nullable Evidence<T> typed(Evidence<?> e, Key<T> key) {
    return e.key().equals(key) ? (Evidence<T>) e : null;
  }

  /** What would change the verdict, where a threshold is involved. */
  public Optional<Margin> margin() {
    return Optional.ofNullable(margin);
  }

  /** The parameters the rule read, with the values the policy gave them. */
  public ImmutableList<ParameterValue<?>> parameters() {
    return parameters;
  }

  /**
   * The value the rule read for {@code parameter}; empty if the rule does not read it, or it is an
   * optional parameter the policy left unset.
   */
  public <T> Optional<T> parameter(Parameter<T> parameter) {
    for (ParameterValue<?> p : parameters) {
      if (p.parameter() == parameter) {
        return p.value().map(parameter.type()::cast);
      }
    }
    return Optional.empty();
  }

  /**
   * For {@link Verdict#NOT_ASSESSED}: the fact that was missing, e.g. {@code infrastructure
   * profile} or {@code baseline allocations in 2005/06}.
   */
  public Optional<String> missing() {
    return Optional.ofNullable(missingText());
  }

  /** The missing fact as text, joined with what it is about only now, when it is read. */
  private @Nullable String missingText() {
    if (missing == null) {
      return null;
    }
    if (missingYear != null) {
      return Texts.line(missing + " " + missingYear);
    }
    return Texts.line(missingAbout == null ? missing : missing + " " + missingAbout);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Finding f
        && f.ruleId.equals(ruleId)
        && f.title.equals(title)
        && f.citation.equals(citation)
        && f.verdict == verdict
        && f.score == score
        && f.evidence.equals(evidence)
        && Objects.equals(f.margin, margin)
        && f.parameters.equals(parameters)
        && Objects.equals(f.missingText(), missingText());
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, verdict, score, evidence, margin, missingText());
  }

  /** Returns e.g. {@code NET_RESOURCE_LOSS: FAIL (score 24)}. */
  @Override
  public String toString() {
    String m = missingText();
    return ruleId + ": " + verdict + " (score " + score + ")" + (m == null ? "" : ", missing " + m);
  }

  /**
   * Builds a {@link Finding}: the rule-writing kit. Not thread-safe; use one per finding.
   *
   * <ul>
   *   <li>{@code evidence(key, …)} and {@code check(key, …, outcome)} record typed evidence, about
   *       nothing, a year or something named;
   *   <li>{@link #marginFor(Verdict, Margin)} offers what would lift a check that failed or warned:
   *       the finding's margin is the first offered for the verdict it ends with, unless {@link
   *       #margin(Margin)} sets one;
   *   <li>{@link #notAssessedWithoutBaseline} gives the {@link Verdict#NOT_ASSESSED} finding of a
   *       baseline year without allocations;
   *   <li>{@code notAssessed(…)} names any other missing fact.
   * </ul>
   *
   * <p>The score is moved into the verdict's band when the finding is built, so a rule cannot
   * produce a score that contradicts its verdict.
   */
  public static final class Builder {
    private final RuleId ruleId;
    private final String title;
    private final Citation citation;
    private final ImmutableList<ParameterValue<?>> parameters;
    private final ImmutableList.Builder<Evidence<?>> evidence = ImmutableList.builder();
    private @Nullable Verdict verdict;
    private long score;
    private @Nullable Margin margin;
    private @Nullable Margin firstFail;
    private @Nullable Margin firstWarn;
    private @Nullable String missing;
    private @Nullable FinancialYear missingYear;
    private @Nullable String missingAbout;

    private Builder(
        RuleId ruleId,
        String title,
        Citation citation,
        ImmutableList<ParameterValue<?>> parameters) {
      this.ruleId = ruleId;
      this.title = title;
      this.citation = citation;
      this.parameters = parameters;
    }

    /** Sets the verdict. */
    @CanIgnoreReturnValue
    public Builder verdict(Verdict verdict) {
      this.verdict = Objects.requireNonNull(verdict, "verdict");
      return this;
    }

    /** Sets the score; it is moved into the verdict's band when built. */
    @CanIgnoreReturnValue
    public Builder score(long score) {
      this.score = score;
      return this;
    }

    /** Adds evidence {@code key: value}. */
    @CanIgnoreReturnValue
    public <T> Builder evidence(Key<T> key, T value) {
      return add(key, null, null, value, null);
    }

    /** Adds evidence {@code key [year]: value}. */
    @CanIgnoreReturnValue
    public <T> Builder evidence(Key<T> key, FinancialYear year, T value) {
      return add(key, Objects.requireNonNull(year, "year"), null, value, null);
    }

    /** Adds evidence {@code key [about]: value}, about something named. */
    @CanIgnoreReturnValue
    public <T> Builder evidence(Key<T> key, String about, T value) {
      return add(key, null, Objects.requireNonNull(about, "about"), value, null);
    }

    /** Adds the outcome of one check: {@code key: value (outcome)}. */
    @CanIgnoreReturnValue
    public <T> Builder check(Key<T> key, T value, Verdict outcome) {
      return add(key, null, null, value, Objects.requireNonNull(outcome, "outcome"));
    }

    /** Adds the outcome of one check about a year. */
    @CanIgnoreReturnValue
    public <T> Builder check(Key<T> key, FinancialYear year, T value, Verdict outcome) {
      return add(
          key,
          Objects.requireNonNull(year, "year"),
          null,
          value,
          Objects.requireNonNull(outcome, "outcome"));
    }

    /** Adds the outcome of one check about something named. */
    @CanIgnoreReturnValue
    public <T> Builder check(Key<T> key, String about, T value, Verdict outcome) {
      return add(
          key,
          null,
          Objects.requireNonNull(about, "about"),
          value,
          Objects.requireNonNull(outcome, "outcome"));
    }

    private <T> Builder add(
        Key<T> key,
        @Nullable FinancialYear year,
        @Nullable String about,
        T value,
        @Nullable Verdict outcome) {
      Objects.requireNonNull(key, "key");
      T v = key.type().cast(Objects.requireNonNull(value, "value"));
      evidence.add(new Evidence<>(key, year, about, immutable(key, v), outcome));
      return this;
    }

    /** A {@link BigDecimal} subclass could be mutable: keep a plain copy of its value. */
    private static <T> T immutable(Key<T> key, T value) {
      if (value instanceof BigDecimal d && d.getClass() != BigDecimal.class) {
        return key.type().cast(new BigDecimal(d.unscaledValue(), d.scale()));
      }
      return value;
    }

    /** Sets what would change the verdict; it takes precedence over margins offered. */
    @CanIgnoreReturnValue
    public Builder margin(Margin margin) {
      this.margin = Objects.requireNonNull(margin, "margin");
      return this;
    }

    /**
     * Offers what would lift a check whose outcome was {@code outcome} ({@link Verdict#FAIL} or
     * {@link Verdict#WARN}). If no margin is {@link #margin(Margin) set}, the finding's margin is
     * the first one offered for the verdict the finding ends with: the first blocking check's.
     *
     * @throws IllegalArgumentException if {@code outcome} is not FAIL or WARN
     */
    @CanIgnoreReturnValue
    public Builder marginFor(Verdict outcome, Margin margin) {
      Objects.requireNonNull(margin, "margin");
      if (outcome == Verdict.FAIL) {
        firstFail = firstFail != null ? firstFail : margin;
      } else if (outcome == Verdict.WARN) {
        firstWarn = firstWarn != null ? firstWarn : margin;
      } else {
        throw new IllegalArgumentException(
            "a margin is offered for a FAIL or WARN check but was for: " + outcome);
      }
      return this;
    }

    /**
     * Builds the finding. A builder without a verdict gives {@link Verdict#NOT_ASSESSED} for lack
     * of "a verdict from the rule"; one given NOT_ASSESSED as its verdict, without a missing fact,
     * for lack of "a fact the rule did not name" — a finding that is not assessed always names what
     * it lacks.
     */
    public Finding build() {
      Verdict v = verdict;
      if (v == null || v == Verdict.NOT_ASSESSED) {
        if (missing == null) {
          missing = v == null ? "a verdict from the rule" : "a fact the rule did not name";
        }
        return notAssessedNow();
      }
      Margin m = margin;
      if (m == null) {
        m = v == Verdict.FAIL ? firstFail : v == Verdict.WARN ? firstWarn : null;
      }
      return new Finding(this, v, m);
    }

    /**
     * Builds a {@link Verdict#NOT_ASSESSED} finding naming the missing fact; evidence so far is
     * kept.
     */
    public Finding notAssessed(String missingFact) {
      return notAssessed(missingFact, null, null);
    }

    /**
     * Builds a {@link Verdict#NOT_ASSESSED} finding whose missing fact is about a year, for example
     * {@code notAssessed("a deflator index for", year)}: {@link Finding#missing()} gives {@code a
     * deflator index for 2006/07}. The text is joined only when it is read, so a rule that calls
     * this while scoring builds no string.
     */
    public Finding notAssessed(String missingFact, FinancialYear year) {
      return notAssessed(missingFact, Objects.requireNonNull(year, "year"), null);
    }

    /**
     * Builds a {@link Verdict#NOT_ASSESSED} finding whose missing fact is about something named,
     * for example {@code notAssessed("involvement in the design of block", blockId)}, joined with a
     * space only when {@link Finding#missing()} is read.
     */
    public Finding notAssessed(String missingFact, String about) {
      return notAssessed(missingFact, null, Objects.requireNonNull(about, "about"));
    }

    /**
     * The {@link Verdict#NOT_ASSESSED} finding {@code baseline allocations in <year>} for the first
     * year of the baseline window without any allocation — counting only allocations from streams
     * in the agreement if {@code agreementStreamsOnly} — or empty if every baseline year has one. A
     * rule that compares with the baseline returns it at once:
     *
     * <pre>{@code
     * Optional<Finding> noBaseline = f.notAssessedWithoutBaseline(in.facts(), false);
     * if (noBaseline.isPresent()) {
     *   return noBaseline.get();
     * }
     * }</pre>
     */
    public Optional<Finding> notAssessedWithoutBaseline(
        AgreementFacts facts, boolean agreementStreamsOnly) {
      for (int offset = -facts.baselineYears(); offset < 0; offset++) {
        int count =
            agreementStreamsOnly ? facts.countInAgreementStreams(offset) : facts.count(offset);
        if (count == 0) {
          return Optional.of(notAssessed("baseline allocations in", facts.year(offset)));
        }
      }
      return Optional.empty();
    }

    private Finding notAssessed(
        String missingFact, @Nullable FinancialYear year, @Nullable String about) {
      this.missing = Objects.requireNonNull(missingFact, "missingFact");
      this.missingYear = year;
      this.missingAbout = about;
      return notAssessedNow();
    }

    private Finding notAssessedNow() {
      this.score = 0;
      return new Finding(this, Verdict.NOT_ASSESSED, null);
    }
  }
}
