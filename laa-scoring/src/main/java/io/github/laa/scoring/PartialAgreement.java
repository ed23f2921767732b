package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.Allocation;
import io.github.laa.core.AllocationFilter;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Problem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An agreement with some of its facts marked as unknown: what {@link Policy#scorePartially} scores.
 * The agreement gives a placeholder value for each unknown fact — its amounts give the shape of an
 * unknown year's allocations, a recorded level stands for an unknown level — and partial scoring
 * tries the values the fact could have instead.
 *
 * <pre>{@code
 * PartialAgreement p = PartialAgreement.of(greenwich, UnknownFact.amounts(FinancialYear.of(2008)));
 * PartialScorecard card = Lvsc2006.policy().scorePartially(p);
 * }</pre>
 *
 * <p>Checked when made, with one {@link InvalidDataException} naming every problem: each fact
 * appears once; an unknown amount covers at least one allocation of the agreement (add the
 * allocations whose amounts are unknown, with the amounts expected) and shares none with another;
 * an unknown level needs the agreement's involvement record (and the block), an unknown rating its
 * infrastructure profile; and the unknown facts together give at most {@value #MAX_COMBINATIONS}
 * combinations of values to try (an amount counts as {@value #AMOUNT_POINTS_IN_COMBINATIONS}
 * values, a level as 6, a rating as 5).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartialAgreement {
  /** The most combinations of values the unknown facts may give. */
  public static final int MAX_COMBINATIONS = 20_000;

  /** The most values of one unknown amount tried in combination with other unknown facts. */
  public static final int AMOUNT_POINTS_IN_COMBINATIONS = 16;

  private final LocalAreaAgreement agreement;
  private final ImmutableList<UnknownFact<?>> unknowns;
  // For each unknown amount, the indexes of the allocations it covers (null for other facts).
  private final int[] @Nullable [] covered;

  private PartialAgreement(
      LocalAreaAgreement agreement, ImmutableList<UnknownFact<?>> unknowns, int[][] covered) {
    this.agreement = agreement;
    this.unknowns = unknowns;
    this.covered = covered;
  }

  /** {@code agreement} with {@code unknowns} marked as unknown (none: the agreement as it is). */
  public static PartialAgreement of(LocalAreaAgreement agreement, UnknownFact<?>... unknowns) {
    return of(agreement, Arrays.asList(unknowns));
  }

  /**
   * {@code agreement} with {@code unknowns} marked as unknown, in this order.
   *
   * @throws InvalidDataException naming every problem with the unknown facts
   */
  public static PartialAgreement of(
      LocalAreaAgreement agreement, Collection<? extends UnknownFact<?>> unknowns) {
    Objects.requireNonNull(agreement, "agreement");
    List<Problem> problems = new ArrayList<>();
    List<UnknownFact<?>> list = new ArrayList<>(unknowns.size());
    Map<UnknownFact<?>, Integer> seen = new HashMap<>();
    int[][] covered = new int[unknowns.size()][];
    int[] owner = new int[agreement.allocations().size()];
    Arrays.fill(owner, -1);
    long combinations = 1;
    int i = 0;
    for (UnknownFact<?> u : unknowns) {
      String at = "unknowns[" + i + "]";
      if (u == null) {
        problems.add(Problem.of(at, "must be set"));
        i++;
        continue;
      }
      list.add(u);
      Integer first = seen.putIfAbsent(u, i);
      if (first != null) {
        problems.add(
            Problem.of(at, "must appear once but " + u + " is also unknowns[" + first + "]"));
      }
      combinations = Math.multiplyExact(combinations, check(agreement, u, at, problems));
      combinations = Math.min(combinations, Integer.MAX_VALUE);
      if (u.kind() == UnknownFact.Kind.AMOUNTS) {
        covered[i] = cover(agreement, u, i, owner, at, problems);
      }
      i++;
    }
    if (combinations > MAX_COMBINATIONS) {
      problems.add(
          Problem.of(
              "unknowns",
              String.format(
                  Locale.ROOT,
                  "must give at most %,d combinations of values to try but give %,d; mark fewer"
                      + " facts unknown",
                  MAX_COMBINATIONS,
                  combinations)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException("Partial agreement for " + agreement.area().name(), problems);
    }
    return new PartialAgreement(agreement, ImmutableList.copyOf(list), covered);
  }

  /** Checks that {@code u} can be unknown in {@code agreement}; returns how many values it has. */
  private static int check(
      LocalAreaAgreement agreement, UnknownFact<?> u, String at, List<Problem> problems) {
    switch (u.kind()) {
      case AMOUNTS -> {
        AllocationFilter filter = u.filter().orElseThrow();
        filter
            .recipient()
            .filter(r -> agreement.body(r).isEmpty())
            .ifPresent(
                r ->
                    problems.add(
                        Problem.of(
                            at, "names the body " + r + ", which the agreement does not have")));
        filter.stream()
            .filter(s -> agreement.stream(s).isEmpty())
            .ifPresent(
                s ->
                    problems.add(
                        Problem.of(
                            at, "names the stream " + s + ", which the agreement does not have")));
        return AMOUNT_POINTS_IN_COMBINATIONS;
      }
      case STRATEGIC_INVOLVEMENT -> {
        if (agreement.involvement().isEmpty()) {
          problems.add(
              Problem.of(at, "needs the agreement's involvement record, with a placeholder level"));
        }
        return InvolvementLevel.values().length;
      }
      case BLOCK_INVOLVEMENT -> {
        if (agreement.involvement().isEmpty()) {
          problems.add(Problem.of(at, "needs the agreement's involvement record"));
        }
        String block = u.block().orElseThrow();
        if (agreement.block(block).isEmpty()) {
          problems.add(
              Problem.of(at, "names the block " + block + ", which the agreement does not have"));
        }
        return InvolvementLevel.values().length;
      }
      case QUALITY_RATING -> {
        if (agreement.infrastructure().isEmpty()) {
          problems.add(
              Problem.of(
                  at, "needs the agreement's infrastructure profile, with a placeholder rating"));
        }
        return InfrastructureProfile.MAX_RATING - InfrastructureProfile.MIN_RATING + 1;
      }
    }
    throw new AssertionError(u.kind());
  }

  /** The indexes of the allocations {@code u} covers, each claimed for unknown {@code i}. */
  private static int[] cover(
      LocalAreaAgreement agreement,
      UnknownFact<?> u,
      int i,
      int[] owner,
      String at,
      List<Problem> problems) {
    List<Allocation> all = agreement.allocations();
    int[] found = new int[all.size()];
    int n = 0;
    int clash = -1;
    for (int k = 0; k < all.size(); k++) {
      if (u.covers(all.get(k))) {
        found[n++] = k;
        if (owner[k] >= 0 && clash < 0) {
          clash = k;
        }
        owner[k] = owner[k] >= 0 ? owner[k] : i;
      }
    }
    if (n == 0) {
      problems.add(
          Problem.of(
              at,
              "covers no allocation of the agreement: add the allocations of "
                  + u
                  + " with the amounts expected (they give the shape of the unknown total)"));
    } else if (clash >= 0) {
      problems.add(
          Problem.of(
              at,
              "shares allocations["
                  + clash
                  + "] with unknowns["
                  + owner[clash]
                  + "]: an allocation can be covered by one unknown amount only"));
    }
    return Arrays.copyOf(found, n);
  }

  /** The agreement, with the placeholder values of the unknown facts. */
  public LocalAreaAgreement agreement() {
    return agreement;
  }

  /** The facts marked as unknown, in order. */
  public ImmutableList<UnknownFact<?>> unknowns() {
    return unknowns;
  }

  /** The value the agreement gives for {@code unknowns().get(i)}: its placeholder. */
  Object given(int i) {
    UnknownFact<?> u = unknowns.get(i);
    LocalAreaAgreement a = agreement;
    return switch (u.kind()) {
      case AMOUNTS -> Money.ofPence(coveredTotal(i));
      case STRATEGIC_INVOLVEMENT -> a.involvement().orElseThrow().strategic();
      case BLOCK_INVOLVEMENT ->
          a.involvement()
              .orElseThrow()
              .level(u.block().orElseThrow(), u.stage().orElseThrow())
              .orElse(InvolvementLevel.NONE);
      case QUALITY_RATING -> a.infrastructure().orElseThrow().qualityRating();
    };
  }

  /** The total of the allocations unknown amount {@code i} covers. */
  long coveredTotal(int i) {
    long total = 0;
    for (int k : Objects.requireNonNull(covered[i])) {
      total += agreement.allocations().get(k).amount().pence();
    }
    return total;
  }

  /**
   * The agreement with each unknown fact given {@code values[i]}: an amount's total spread over the
   * allocations it covers in proportion to their placeholder amounts (equally when those are all
   * zero), to the penny, each share rounded down on the running total so that the shares add up to
   * it exactly (a remainder goes to the later allocations); a level or rating set.
   *
   * @throws InvalidDataException if the completed agreement is invalid (totals beyond Money's
   *     range)
   */
  LocalAreaAgreement complete(Object[] values) {
    LocalAreaAgreement a = agreement;
    List<Allocation> allocations = null;
    Involvement involvement = a.involvement().orElse(null);
    InfrastructureProfile infrastructure = a.infrastructure().orElse(null);
    for (int i = 0; i < values.length; i++) {
      UnknownFact<?> u = unknowns.get(i);
      Object v = values[i];
      switch (u.kind()) {
        case AMOUNTS -> {
          if (allocations == null) {
            allocations = new ArrayList<>(a.allocations());
          }
          spread(allocations, Objects.requireNonNull(covered[i]), ((Money) v).pence());
        }
        case STRATEGIC_INVOLVEMENT ->
            involvement = Objects.requireNonNull(involvement).withStrategic((InvolvementLevel) v);
        case BLOCK_INVOLVEMENT ->
            involvement =
                withLevel(
                    Objects.requireNonNull(involvement),
                    u.block().orElseThrow(),
                    u.stage().orElseThrow(),
                    (InvolvementLevel) v);
        case QUALITY_RATING ->
            infrastructure = Objects.requireNonNull(infrastructure).withQualityRating((Integer) v);
      }
    }
    if (allocations != null) {
      a = a.withAllocations(allocations);
    }
    if (involvement != null && !a.involvement().orElseThrow().equals(involvement)) {
      a = a.withInvolvement(involvement);
    }
    if (infrastructure != null && !a.infrastructure().orElseThrow().equals(infrastructure)) {
      a = a.withInfrastructure(infrastructure);
    }
    return a;
  }

  private static Involvement withLevel(
      Involvement involvement,
      String block,
      io.github.laa.core.Stage stage,
      InvolvementLevel level) {
    List<BlockInvolvement> blocks = new ArrayList<>(involvement.blocks());
    boolean replaced = false;
    for (int k = 0; k < blocks.size(); k++) {
      BlockInvolvement b = blocks.get(k);
      if (b.block().equals(block) && b.stage() == stage) {
        blocks.set(k, b.withLevel(level));
        replaced = true;
      }
    }
    if (!replaced) {
      blocks.add(BlockInvolvement.of(block, stage, level));
    }
    return involvement.withBlocks(blocks);
  }

  /** Spreads {@code total} pence over {@code allocations[covered]} by their current amounts. */
  private void spread(List<Allocation> allocations, int[] covered, long total) {
    long weight = 0;
    for (int k : covered) {
      weight += agreement.allocations().get(k).amount().pence();
    }
    BigInteger t = BigInteger.valueOf(total);
    BigInteger w = BigInteger.valueOf(weight == 0 ? covered.length : weight);
    long cumulative = 0;
    long before = 0;
    for (int k : covered) {
      cumulative += weight == 0 ? 1 : agreement.allocations().get(k).amount().pence();
      // floor(total × cumulative ÷ weight): the shares add up to the total exactly.
      long upTo = t.multiply(BigInteger.valueOf(cumulative)).divide(w).longValueExact();
      allocations.set(k, allocations.get(k).withAmount(Money.ofPence(upTo - before)));
      before = upTo;
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PartialAgreement p
        && p.agreement.equals(agreement)
        && p.unknowns.equals(unknowns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agreement, unknowns);
  }

  /** Returns e.g. {@code Greenwich (E09000011) with 2008/09 allocations unknown}. */
  @Override
  public String toString() {
    return agreement.area().name()
        + " ("
        + agreement.area().code()
        + ")"
        + (unknowns.isEmpty() ? "" : " with " + joined(unknowns, "and") + " unknown");
  }

  /** {@code items} joined as a sentence does: {@code a, b and c} (with {@code word} "and"). */
  static String joined(List<?> items, String word) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : i == items.size() - 1 ? " " + word + " " : ", ").append(items.get(i));
    }
    return sb.toString();
  }
}
