package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Allocation;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.Money;
import io.github.laa.core.Problem;
import io.github.laa.core.Stage;
import io.github.laa.core.TextChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A fact of an agreement marked as unknown for {@link Policy#scorePartially partial scoring}: the
 * agreement still gives a value for it (a placeholder), but partial scoring tries every value it
 * could have.
 *
 * <ul>
 *   <li>{@link #amounts(FinancialYear)}: the total of a year's allocations (optionally only those
 *       to one VCS body or from one stream), from £0 upwards. The allocations the agreement gives
 *       for it keep their shape — which body, stream and purpose get what share of the total — and
 *       only the total is unknown; allocations whose amounts are all £0 share it equally.
 *   <li>{@link #strategicInvolvement()} and {@link #blockInvolvement(String, Stage)}: a level of
 *       involvement, {@link InvolvementLevel#NONE} to {@link InvolvementLevel#LEADING}.
 *   <li>{@link #qualityRating()}: the infrastructure's quality rating, {@value
 *       InfrastructureProfile#MIN_RATING} to {@value InfrastructureProfile#MAX_RATING}.
 * </ul>
 *
 * <p>Two unknown facts are equal when they name the same fact. This class is immutable and
 * thread-safe.
 *
 * @param <T> the type of the fact's values: {@link Money}, {@link InvolvementLevel} or {@link
 *     Integer}
 */
public final class UnknownFact<T> {
  /** The kinds of fact that can be unknown. */
  public enum Kind {
    /** The total of a year's allocations, or of those to one body or from one stream. */
    AMOUNTS,
    /** The strategic level of involvement. */
    STRATEGIC_INVOLVEMENT,
    /** The level of involvement in one stage of one block. */
    BLOCK_INVOLVEMENT,
    /** The infrastructure's quality rating. */
    QUALITY_RATING
  }

  private final Kind kind;
  private final Class<T> type;
  private final @Nullable FinancialYear year;
  private final @Nullable String recipient;
  private final @Nullable String stream;
  private final @Nullable String block;
  private final @Nullable Stage stage;

  private UnknownFact(
      Kind kind,
      Class<T> type,
      @Nullable FinancialYear year,
      @Nullable String recipient,
      @Nullable String stream,
      @Nullable String block,
      @Nullable Stage stage) {
    this.kind = kind;
    this.type = type;
    this.year = year;
    this.recipient = recipient;
    this.stream = stream;
    this.block = block;
    this.stage = stage;
  }

  /**
   * The total of {@code year}'s allocations (to every body, from every source).
   *
   * <pre>{@code
   * UnknownFact<Money> next = UnknownFact.amounts(FinancialYear.of(2008));   // 2008/09
   * UnknownFact<Money> cvs = UnknownFact.amounts(FinancialYear.of(2008)).toRecipient("cvs");
   * }</pre>
   */
  public static UnknownFact<Money> amounts(FinancialYear year) {
    Objects.requireNonNull(year, "year");
    return new UnknownFact<>(Kind.AMOUNTS, Money.class, year, null, null, null, null);
  }

  /**
   * The same year's allocations, only those to the VCS body {@code recipientId}.
   *
   * @throws InvalidDataException if {@code recipientId} is not a valid id
   * @throws IllegalStateException if this is not an {@link #amounts} fact or names a body already
   */
  public UnknownFact<Money> toRecipient(String recipientId) {
    checkId("recipient", recipientId);
    if (kind != Kind.AMOUNTS || recipient != null) {
      throw new IllegalStateException("only amounts of a year without a recipient can be narrowed");
    }
    return new UnknownFact<>(Kind.AMOUNTS, Money.class, year, recipientId, stream, null, null);
  }

  /**
   * The same year's allocations, only those from the funding stream {@code streamId}.
   *
   * @throws InvalidDataException if {@code streamId} is not a valid id
   * @throws IllegalStateException if this is not an {@link #amounts} fact or names a stream already
   */
  public UnknownFact<Money> fromStream(String streamId) {
    checkId("stream", streamId);
    if (kind != Kind.AMOUNTS || stream != null) {
      throw new IllegalStateException("only amounts of a year without a stream can be narrowed");
    }
    return new UnknownFact<>(Kind.AMOUNTS, Money.class, year, recipient, streamId, null, null);
  }

  /** The strategic level of involvement. */
  public static UnknownFact<InvolvementLevel> strategicInvolvement() {
    return new UnknownFact<>(
        Kind.STRATEGIC_INVOLVEMENT, InvolvementLevel.class, null, null, null, null, null);
  }

  /**
   * The level of involvement in {@code stage} of the block {@code blockId}.
   *
   * @throws InvalidDataException if {@code blockId} is not a valid id
   */
  public static UnknownFact<InvolvementLevel> blockInvolvement(String blockId, Stage stage) {
    checkId("block", blockId);
    Objects.requireNonNull(stage, "stage");
    return new UnknownFact<>(
        Kind.BLOCK_INVOLVEMENT, InvolvementLevel.class, null, null, null, blockId, stage);
  }

  /** The infrastructure's quality rating. */
  public static UnknownFact<Integer> qualityRating() {
    return new UnknownFact<>(Kind.QUALITY_RATING, Integer.class, null, null, null, null, null);
  }

  private static void checkId(String what, @Nullable String id) {
    Optional<String> problem = TextChecks.idProblem(id);
    if (problem.isPresent()) {
      throw new InvalidDataException("Unknown fact", Problem.of(what, problem.get()));
    }
  }

  /** The kind of fact. */
  public Kind kind() {
    return kind;
  }

  /** The type of its values. */
  public Class<T> type() {
    return type;
  }

  /** The year of an {@link Kind#AMOUNTS} fact. */
  public Optional<FinancialYear> year() {
    return Optional.ofNullable(year);
  }

  /** The body an {@link Kind#AMOUNTS} fact is narrowed to, if any. */
  public Optional<String> recipient() {
    return Optional.ofNullable(recipient);
  }

  /** The stream an {@link Kind#AMOUNTS} fact is narrowed to, if any. */
  public Optional<String> stream() {
    return Optional.ofNullable(stream);
  }

  /** The block of a {@link Kind#BLOCK_INVOLVEMENT} fact. */
  public Optional<String> block() {
    return Optional.ofNullable(block);
  }

  /** The stage of a {@link Kind#BLOCK_INVOLVEMENT} fact. */
  public Optional<Stage> stage() {
    return Optional.ofNullable(stage);
  }

  /** Whether {@code a} is one of the allocations an {@link Kind#AMOUNTS} fact covers. */
  boolean covers(Allocation a) {
    return kind == Kind.AMOUNTS
        && a.year().equals(year)
        && (recipient == null || a.recipient().equals(recipient))
        && (stream == null || stream.equals(a.stream().orElse(null)));
  }

  /**
   * The values an ordered fact can take, in order ({@link Kind#AMOUNTS} facts have no list: any
   * amount from £0).
   */
  ImmutableList<T> values() {
    List<Object> out = new ArrayList<>();
    switch (kind) {
      case STRATEGIC_INVOLVEMENT, BLOCK_INVOLVEMENT ->
          out.addAll(List.of(InvolvementLevel.values()));
      case QUALITY_RATING -> {
        for (int r = InfrastructureProfile.MIN_RATING; r <= InfrastructureProfile.MAX_RATING; r++) {
          out.add(r);
        }
      }
      case AMOUNTS -> {}
    }
    ImmutableList.Builder<T> typed = ImmutableList.builder();
    out.forEach(v -> typed.add(type.cast(v)));
    return typed.build();
  }

  /** A value as reports show it: {@code £1,200.00}, {@code consulted}, {@code 3}. */
  String show(Object value) {
    return value instanceof InvolvementLevel l
        ? l.name().toLowerCase(Locale.ROOT)
        : value.toString();
  }

  /**
   * What the fact is, as reports name it: {@code 2008/09 allocations}, {@code 2008/09 allocations
   * to cvs from nrf}, {@code strategic involvement}, {@code CYP design involvement}, {@code
   * infrastructure quality rating}.
   */
  @Override
  public String toString() {
    return switch (kind) {
      case AMOUNTS ->
          year
              + " allocations"
              + (recipient == null ? "" : " to " + recipient)
              + (stream == null ? "" : " from " + stream);
      case STRATEGIC_INVOLVEMENT -> "strategic involvement";
      case BLOCK_INVOLVEMENT ->
          block
              + " "
              + Objects.requireNonNull(stage).name().toLowerCase(Locale.ROOT)
              + " involvement";
      case QUALITY_RATING -> "infrastructure quality rating";
    };
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof UnknownFact<?> u
        && u.kind == kind
        && Objects.equals(u.year, year)
        && Objects.equals(u.recipient, recipient)
        && Objects.equals(u.stream, stream)
        && Objects.equals(u.block, block)
        && u.stage == stage;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, year, recipient, stream, block, stage);
  }
}
