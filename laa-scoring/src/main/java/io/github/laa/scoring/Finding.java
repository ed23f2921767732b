package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.laa.core.FinancialYear;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking one rule against one agreement: a {@link Verdict}, a score from 0 to 100
 * within the verdict's band, the {@link Evidence} from which a person can redo the arithmetic, a
 * {@link Margin} (what would change the verdict), the parameter values used, and — for {@link
 * Verdict#NOT_ASSESSED} — the fact that was missing.
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
  private final ImmutableList<Evidence> evidence;
  private final @Nullable Margin margin;
  private final ImmutableList<ParameterValue> parameters;
  private final @Nullable String missing;

  /**
   * What the missing fact is about: a {@link FinancialYear} or a {@code String}, both immutable.
   */
  private final @Nullable Object missingAbout;

  private Finding(Builder b, Verdict verdict) {
    this.ruleId = b.ruleId;
    this.title = b.title;
    this.citation = b.citation;
    this.verdict = verdict;
    this.score = verdict.clamp(b.score);
    this.evidence = b.evidence.build();
    this.margin = b.margin;
    this.parameters = b.parameters;
    this.missing = b.missing;
    this.missingAbout = b.missingAbout;
  }

  /**
   * Starts a finding for a rule; {@link RuleInput#finding()} does this with the policy's
   * parameters.
   */
  public static Builder builder(Rule rule) {
    return new Builder(rule.id(), rule.title(), rule.citation(), ImmutableList.of());
  }

  static Builder builder(Rule rule, ImmutableList<ParameterValue> parameters) {
    return new Builder(rule.id(), rule.title(), rule.citation(), parameters);
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

  /** The evidence, in the order the rule gave it. */
  public ImmutableList<Evidence> evidence() {
    return evidence;
  }

  /** The first evidence called {@code name}, whatever it is about. */
  public Optional<Evidence> evidence(String name) {
    for (Evidence e : evidence) {
      if (e.name().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The evidence called {@code name} about {@code about} (a year, a stream's name, …). */
  public Optional<Evidence> evidence(String name, Object about) {
    for (Evidence e : evidence) {
      if (e.is(name, about)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** What would change the verdict, where a threshold is involved. */
  public Optional<Margin> margin() {
    return Optional.ofNullable(margin);
  }

  /** The parameters the rule read, with the values the policy gave them. */
  public ImmutableList<ParameterValue> parameters() {
    return parameters;
  }

  /**
   * For {@link Verdict#NOT_ASSESSED}: the fact that was missing, e.g. {@code infrastructure
   * profile}.
   */
  public Optional<String> missing() {
    return Optional.ofNullable(missingText());
  }

  /** The missing fact as text, joined with what it is about only now, when it is read. */
  private @Nullable String missingText() {
    return missing == null || missingAbout == null ? missing : missing + " " + missingAbout;
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
   * Builds a {@link Finding}. Not thread-safe; use one per finding.
   *
   * <p>The score is moved into the verdict's band when the finding is built, so a rule cannot
   * produce a score that contradicts its verdict.
   */
  public static final class Builder {
    private final RuleId ruleId;
    private final String title;
    private final Citation citation;
    private final ImmutableList<ParameterValue> parameters;
    private final ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();
    private @Nullable Verdict verdict;
    private long score;
    private @Nullable Margin margin;
    private @Nullable String missing;
    private @Nullable Object missingAbout;

    private Builder(
        RuleId ruleId, String title, Citation citation, ImmutableList<ParameterValue> parameters) {
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

    /** Adds evidence {@code name: value}. */
    @CanIgnoreReturnValue
    public Builder evidence(String name, Object value) {
      evidence.add(Evidence.of(name, value));
      return this;
    }

    /** Adds evidence {@code name [about]: value}. */
    @CanIgnoreReturnValue
    public Builder evidence(String name, @Nullable Object about, Object value) {
      evidence.add(Evidence.of(name, about, value));
      return this;
    }

    /** Adds the outcome of one check. */
    @CanIgnoreReturnValue
    public Builder check(String name, @Nullable Object about, Object value, Verdict outcome) {
      evidence.add(Evidence.check(name, about, value, outcome));
      return this;
    }

    /** Adds evidence. */
    @CanIgnoreReturnValue
    public Builder evidence(Evidence e) {
      evidence.add(e);
      return this;
    }

    /** Sets what would change the verdict. */
    @CanIgnoreReturnValue
    public Builder margin(Margin margin) {
      this.margin = Objects.requireNonNull(margin, "margin");
      return this;
    }

    /** Builds the finding; a builder without a verdict gives {@link Verdict#NOT_ASSESSED}. */
    public Finding build() {
      Verdict v = verdict;
      if (v == null) {
        v = Verdict.NOT_ASSESSED;
        if (missing == null) {
          missing = "a verdict from the rule";
        }
      }
      return new Finding(this, v);
    }

    /**
     * Builds a {@link Verdict#NOT_ASSESSED} finding naming the missing fact; evidence so far is
     * kept.
     */
    public Finding notAssessed(String missingFact) {
      this.missing = Objects.requireNonNull(missingFact, "missingFact");
      this.missingAbout = null;
      this.score = 0;
      this.margin = null;
      return new Finding(this, Verdict.NOT_ASSESSED);
    }

    /**
     * Builds a {@link Verdict#NOT_ASSESSED} finding whose missing fact is about a year, for example
     * {@code notAssessed("a deflator index for", year)}: {@link Finding#missing()} gives {@code a
     * deflator index for 2006/07}. The text is joined only when it is read, so a rule that calls
     * this while scoring builds no string.
     */
    public Finding notAssessed(String missingFact, FinancialYear year) {
      return notAssessedAbout(missingFact, Objects.requireNonNull(year, "year"));
    }

    /**
     * Builds a {@link Verdict#NOT_ASSESSED} finding whose missing fact is about something named,
     * for example {@code notAssessed("involvement in the design of block", blockId)}, joined with a
     * space only when {@link Finding#missing()} is read.
     */
    public Finding notAssessed(String missingFact, String about) {
      return notAssessedAbout(missingFact, Objects.requireNonNull(about, "about"));
    }

    private Finding notAssessedAbout(String missingFact, Object about) {
      this.missing = Objects.requireNonNull(missingFact, "missingFact");
      this.missingAbout = about;
      this.score = 0;
      this.margin = null;
      return new Finding(this, Verdict.NOT_ASSESSED);
    }
  }
}
