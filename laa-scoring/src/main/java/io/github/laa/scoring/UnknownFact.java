package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Allocation;
import io.github.laa.core.AllocationFilter;
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
 *   <li>{@link #amounts(FinancialYear)}, {@link #amounts(AllocationFilter)}: the total of a year's
 *       allocations, or of those an {@link AllocationFilter} matches (one body's, one stream's, one
 *       purpose's, …), from £0 upwards. The allocations the agreement gives for it keep their shape
 *       — which body, stream and purpose get what share of the total — and only the total is
 *       unknown; allocations whose amounts are all £0 share it equally.
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
    /** The total of the allocations an {@link AllocationFilter} matches, e.g. one year's. */
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
  private final @Nullable AllocationFilter filter;
  private final @Nullable String block;
  private final @Nullable Stage stage;

  private UnknownFact(
      Kind kind,
      Class<T> type,
      @Nullable AllocationFilter filter,
      @Nullable String block,
      @Nullable Stage stage) {
    this.kind = kind;
    this.type = type;
    this.filter = filter;
    this.block = block;
    this.stage = stage;
  }

  /**
   * The total of {@code year}'s allocations (to every body, from every source): {@code
   * amounts(AllocationFilter.year(year))}.
   *
   * <pre>{@code
   * UnknownFact<Money> next = UnknownFact.amounts(FinancialYear.parse("2008/09"));
   * }</pre>
   */
  public static UnknownFact<Money> amounts(FinancialYear year) {
    return amounts(AllocationFilter.year(year));
  }

  /**
   * The total of the allocations {@code filter} matches — of one year, to one body, from one
   * stream, for one purpose, or any mix of these.
   *
   * <pre>{@code
   * UnknownFact<Money> cvs = UnknownFact.amounts(
   *     AllocationFilter.year(FinancialYear.parse("2008/09")).withRecipient("cvs"));
   * }</pre>
   */
  public static UnknownFact<Money> amounts(AllocationFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return new UnknownFact<>(Kind.AMOUNTS, Money.class, filter, null, null);
  }

  /** The strategic level of involvement. */
  public static UnknownFact<InvolvementLevel> strategicInvolvement() {
    return new UnknownFact<>(Kind.STRATEGIC_INVOLVEMENT, InvolvementLevel.class, null, null, null);
  }

  /**
   * The level of involvement in {@code stage} of the block {@code blockId}.
   *
   * @throws InvalidDataException if {@code blockId} is not a valid id
   */
  public static UnknownFact<InvolvementLevel> blockInvolvement(String blockId, Stage stage) {
    checkId("block", blockId);
    Objects.requireNonNull(stage, "stage");
    return new UnknownFact<>(Kind.BLOCK_INVOLVEMENT, InvolvementLevel.class, null, blockId, stage);
  }

  /** The infrastructure's quality rating. */
  public static UnknownFact<Integer> qualityRating() {
    return new UnknownFact<>(Kind.QUALITY_RATING, Integer.class, null, null, null);
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

  /** Which allocations an {@link Kind#AMOUNTS} fact is the total of. */
  public Optional<AllocationFilter> filter() {
    return Optional.ofNullable(filter);
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
    return filter != null && filter.matches(a);
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
      case AMOUNTS -> describe(Objects.requireNonNull(filter));
      case STRATEGIC_INVOLVEMENT -> "strategic involvement";
      case BLOCK_INVOLVEMENT ->
          block
              + " "
              + Objects.requireNonNull(stage).name().toLowerCase(Locale.ROOT)
              + " involvement";
      case QUALITY_RATING -> "infrastructure quality rating";
    };
  }

  /** {@code 2008/09 service delivery allocations to cvs from nrf}, {@code allocations to cvs}. */
  private static String describe(AllocationFilter f) {
    return f.year().map(y -> y + " ").orElse("")
        + f.purpose().map(p -> p.label().toLowerCase(Locale.ROOT) + " ").orElse("")
        + "allocations"
        + f.recipient().map(r -> " to " + r).orElse("")
        + f.stream().map(st -> " from " + st).orElse("");
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof UnknownFact<?> u
        && u.kind == kind
        && Objects.equals(u.filter, filter)
        && Objects.equals(u.block, block)
        && u.stage == stage;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, filter, block, stage);
  }
}
