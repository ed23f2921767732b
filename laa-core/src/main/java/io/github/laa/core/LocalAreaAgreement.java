package io.github.laa.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A Local Area Agreement: a three-year agreement between central government, a local authority and
 * its Local Strategic Partnership, with its blocks, funding streams, the VCS bodies around it, the
 * money allocated to them (before and during the agreement), small grants programmes, and the facts
 * about VCS involvement, infrastructure and commissioning that the scoring rules read.
 *
 * <pre>{@code
 * LocalAreaAgreement laa = LocalAreaAgreement.builder()
 *     .area(Areas.byName("Greenwich").orElseThrow())
 *     .round(Round.PILOT)
 *     .addBlock(Block.of(BlockType.SAFER_AND_STRONGER_COMMUNITIES))
 *     .addStream(FundingStream.of("nrf", "Neighbourhood Renewal Fund"))
 *     .addBody(cvs)
 *     .addAllocation(allocation)
 *     .build();
 * laa.years();   // [2005/06, 2006/07, 2007/08]
 * }</pre>
 *
 * <p>When built (or copied with a {@code with*} method) the whole agreement is checked, and one
 * {@link InvalidDataException} lists every problem with its path:
 *
 * <ul>
 *   <li>ids of blocks, streams, bodies, programmes and outcomes, and indicator codes, are unique;
 *   <li>every reference resolves: an allocation's recipient, stream and outcome, a block's streams,
 *       a programme's administering body and stream, an involvement entry's block;
 *   <li>every year is a baseline year (before {@link #firstYear()}) or a year of the agreement;
 *       targets are for years of the agreement;
 *   <li>the agreement has at least one block; an Economic Development and Enterprise block needs
 *       round 2 or later;
 *   <li>a new (2008) LAA has at most 35 improvement targets and 16 statutory ones;
 *   <li>all allocations, and all programme budgets, total at most the largest {@link Money}.
 * </ul>
 *
 * <p>Optional facts ({@link #involvement()}, {@link #infrastructure()}, {@link #commissioning()})
 * are absent, not zero, when unknown.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class LocalAreaAgreement implements WithLocalAreaAgreement {
  /** The most improvement targets a new (2008) LAA may have. */
  public static final int MAX_IMPROVEMENT_TARGETS_2008 = 35;

  /** The most statutory education and early-years targets a new (2008) LAA may have. */
  public static final int MAX_STATUTORY_TARGETS_2008 = 16;

  LocalAreaAgreement() {}

  /** The area the agreement covers. */
  public abstract Area area();

  /** The round the agreement was made in. */
  public abstract Round round();

  /**
   * The first year of the agreement: its round's first year. Every agreement runs {@value
   * Round#AGREEMENT_YEARS} years from there, so a change of round (with {@code withRound}) moves
   * the whole period.
   */
  public final FinancialYear firstYear() {
    return round().firstYear();
  }

  /** The blocks, in order; at least one. */
  public abstract ImmutableList<Block> blocks();

  /** Every funding stream that allocations or blocks name. */
  public abstract ImmutableList<FundingStream> streams();

  /** The VCS bodies. */
  public abstract ImmutableList<VcsBody> bodies();

  /** The money allocated to VCS bodies, in baseline years and in years of the agreement. */
  public abstract ImmutableList<Allocation> allocations();

  /** The small grants programmes. */
  public abstract ImmutableList<SmallGrantsProgramme> smallGrantsProgrammes();

  /** How far the VCS is involved, if known. */
  public abstract Optional<Involvement> involvement();

  /** The local VCS infrastructure, if known. */
  public abstract Optional<InfrastructureProfile> infrastructure();

  /** The area's commissioning practice, if known. */
  public abstract Optional<CommissioningPractice> commissioning();

  /** The last year of the agreement. */
  public final FinancialYear lastYear() {
    return firstYear().plusYears(Round.AGREEMENT_YEARS - 1);
  }

  /** The three years of the agreement, in order. */
  @Value.Lazy
  public ImmutableList<FinancialYear> years() {
    return FinancialYear.rangeClosed(firstYear(), lastYear());
  }

  /** The default baseline year: the year before the agreement's first year. */
  public final FinancialYear baselineYear() {
    return firstYear().previous();
  }

  /** Whether {@code year} is one of the agreement's three years. */
  public final boolean isAgreementYear(FinancialYear year) {
    return !year.isBefore(firstYear()) && !year.isAfter(lastYear());
  }

  /** Whether {@code year} is before the agreement (a baseline year). */
  public final boolean isBaselineYear(FinancialYear year) {
    return year.isBefore(firstYear());
  }

  /**
   * Returns a copy with the allocation at {@code index} replaced: the what-if edit analysts make
   * most. The copy is validated like any other.
   *
   * <pre>{@code
   * Allocation a = laa.allocations().get(4);
   * LocalAreaAgreement more = laa.withAllocation(4, a.withAmount(Money.parse("£150k")));
   * }</pre>
   *
   * @throws IndexOutOfBoundsException if there is no allocation at {@code index}
   * @throws InvalidDataException if the copy is invalid
   */
  public final LocalAreaAgreement withAllocation(int index, Allocation replacement) {
    java.util.List<Allocation> copy = new java.util.ArrayList<>(allocations());
    copy.set(index, replacement);
    return withAllocations(copy);
  }

  /** The VCS body with id {@code id}, if there is one. */
  public final Optional<VcsBody> body(String id) {
    return Optional.ofNullable(bodiesById().get(id));
  }

  /** The funding stream with id {@code id}, if there is one. */
  public final Optional<FundingStream> stream(String id) {
    return Optional.ofNullable(streamsById().get(id));
  }

  /** The block with id {@code id}, if there is one. */
  public final Optional<Block> block(String id) {
    for (Block b : blocks()) {
      if (b.id().equals(id)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /** Whether a block lists the stream with id {@code streamId} (the stream is in the agreement). */
  public final boolean isInAgreement(String streamId) {
    return streamsInAgreement().contains(streamId);
  }

  /** The ids of the streams that blocks list: the streams in the agreement. */
  @Value.Lazy
  public ImmutableSet<String> streamsInAgreement() {
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    for (Block b : blocks()) {
      ids.addAll(b.streams());
    }
    return ids.build();
  }

  @Value.Lazy
  ImmutableMap<String, VcsBody> bodiesById() {
    return index(bodies(), VcsBody::id);
  }

  @Value.Lazy
  ImmutableMap<String, FundingStream> streamsById() {
    return index(streams(), FundingStream::id);
  }

  private static <T> ImmutableMap<String, T> index(List<T> items, Function<T, String> id) {
    ImmutableMap.Builder<String, T> map = ImmutableMap.builderWithExpectedSize(items.size());
    for (T item : items) {
      map.put(id.apply(item), item);
    }
    return map.buildOrThrow();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LocalAreaAgreement}; {@link #build()} throws {@link InvalidDataException}
   * listing every problem.
   */
  public static final class Builder extends ImmutableLocalAreaAgreement.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    boolean hasArea = p.required("area", area());
    boolean hasRound = p.required("round", round());
    if (!hasRound) {
      p.throwIfAny("LocalAreaAgreement");
    }
    Round round = round();
    String subject = hasArea ? "LocalAreaAgreement for " + area().name() : "LocalAreaAgreement";
    FinancialYear last = round.lastYear();

    Set<String> blockIds = new HashSet<>();
    Set<String> outcomeIds = new HashSet<>();
    Set<String> streamIds = unique(p, "streams", streams(), FundingStream::id, "stream");
    Set<String> bodyIds = unique(p, "bodies", bodies(), VcsBody::id, "VCS body");
    unique(
        p, "smallGrantsProgrammes", smallGrantsProgrammes(), SmallGrantsProgramme::id, "programme");

    checkBlocks(p, round, last, blockIds, outcomeIds, streamIds);
    checkAllocations(p, last);
    checkProgrammes(p, last, bodyIds, streamIds);
    if (involvement().isPresent()) {
      List<BlockInvolvement> entries = involvement().get().blocks();
      for (int i = 0; i < entries.size(); i++) {
        String block = entries.get(i).block();
        if (!blockIds.contains(block)) {
          p.add("involvement.blocks[" + i + "].block", "no block " + Problems.quote(block));
        }
      }
    }
    p.throwIfAny(subject);
  }

  private void checkBlocks(
      Problems p,
      Round round,
      FinancialYear last,
      Set<String> blockIds,
      Set<String> outcomeIds,
      Set<String> streamIds) {
    if (blocks().isEmpty()) {
      p.add("blocks", "must have at least one block");
    }
    Set<String> indicatorCodes = new HashSet<>();
    int improvementTargets = 0;
    int statutoryTargets = 0;
    for (int b = 0; b < blocks().size(); b++) {
      Block block = blocks().get(b);
      String at = "blocks[" + b + "]";
      if (!blockIds.add(block.id())) {
        p.add(at + ".id", "must be unique but block " + Problems.quote(block.id()) + " repeats");
      }
      if (block.type() == BlockType.ECONOMIC_DEVELOPMENT_AND_ENTERPRISE
          && !round.allowsEconomicDevelopment()) {
        p.add(
            at + ".type",
            "must not be ECONOMIC_DEVELOPMENT_AND_ENTERPRISE before round 2 but the round is "
                + round);
      }
      for (int s = 0; s < block.streams().size(); s++) {
        String stream = block.streams().get(s);
        if (!streamIds.contains(stream)) {
          p.add(at + ".streams[" + s + "]", "no stream " + Problems.quote(stream));
        }
      }
      for (int o = 0; o < block.outcomes().size(); o++) {
        Outcome outcome = block.outcomes().get(o);
        String oat = at + ".outcomes[" + o + "]";
        if (!outcomeIds.add(outcome.id())) {
          p.add(
              oat + ".id",
              "must be unique but outcome " + Problems.quote(outcome.id()) + " repeats");
        }
        for (int i = 0; i < outcome.indicators().size(); i++) {
          Indicator indicator = outcome.indicators().get(i);
          String iat = oat + ".indicators[" + i + "]";
          if (!indicatorCodes.add(indicator.code())) {
            p.add(
                iat + ".code",
                "must be unique but indicator " + Problems.quote(indicator.code()) + " repeats");
          }
          if (!indicator.targets().isEmpty()) {
            if (indicator.statutory()) {
              statutoryTargets++;
            } else {
              improvementTargets++;
            }
          }
          for (int t = 0; t < indicator.targets().size(); t++) {
            FinancialYear y = indicator.targets().get(t).year();
            if (!isAgreementYear(y)) {
              p.add(
                  iat + ".targets[" + t + "].year",
                  "must be a year of the agreement ("
                      + firstYear()
                      + " to "
                      + last
                      + ") but was: "
                      + y);
            }
          }
        }
      }
    }
    if (round == Round.NEW_LAA_2008) {
      if (improvementTargets > MAX_IMPROVEMENT_TARGETS_2008) {
        p.add(
            "blocks",
            "must have at most "
                + MAX_IMPROVEMENT_TARGETS_2008
                + " improvement targets in a new (2008) LAA but has: "
                + improvementTargets);
      }
      if (statutoryTargets > MAX_STATUTORY_TARGETS_2008) {
        p.add(
            "blocks",
            "must have at most "
                + MAX_STATUTORY_TARGETS_2008
                + " statutory targets in a new (2008) LAA but has: "
                + statutoryTargets);
      }
    }
  }

  private void checkAllocations(Problems p, FinancialYear last) {
    AllocationTable table = allocationTable();
    List<Allocation> allocations = allocations();
    long total = 0;
    boolean overflow = false;
    int lastOffset = last.startYear() - table.firstStartYear();
    for (int i = 0; i < allocations.size(); i++) {
      if (table.bodyIndex(i) < 0) {
        p.add(
            "allocations[" + i + "].recipient",
            "no VCS body " + Problems.quote(allocations.get(i).recipient()));
      }
      if (table.streamIndex(i) < -1) {
        p.add(
            "allocations[" + i + "].stream",
            "no stream " + Problems.quote(allocations.get(i).stream().orElse("")));
      }
      if (table.outcomeIndex(i) < -1) {
        p.add(
            "allocations[" + i + "].outcome",
            "no outcome " + Problems.quote(allocations.get(i).outcome().orElse("")));
      }
      if (table.yearOffset(i) > lastOffset) {
        p.add(
            "allocations[" + i + "].year",
            "must be " + last + " or earlier but was: " + allocations.get(i).year());
      }
      long next = total + table.pence(i);
      if (next < total) {
        overflow = true;
      }
      total = next;
    }
    if (overflow) {
      p.add("allocations", "must total at most " + Money.ofPence(Long.MAX_VALUE));
    }
  }

  /**
   * The allocations with every reference resolved to an index, for fast totals. Built once, when
   * the agreement is validated.
   */
  @Value.Lazy
  public AllocationTable allocationTable() {
    Map<String, Integer> outcomes = new HashMap<>();
    for (Block b : blocks()) {
      for (Outcome o : b.outcomes()) {
        outcomes.putIfAbsent(o.id(), outcomes.size());
      }
    }
    return AllocationTable.of(
        firstYear(),
        allocations(),
        positions(bodies(), VcsBody::id),
        positions(streams(), FundingStream::id),
        outcomes,
        bodies(),
        streams().size(),
        streamsInAgreement(),
        streams());
  }

  /** Each id's position in {@code items}; the first wins if an id repeats. */
  private static <T> Map<String, Integer> positions(List<T> items, Function<T, String> id) {
    Map<String, Integer> map = new HashMap<>(items.size() * 2);
    for (int i = 0; i < items.size(); i++) {
      map.putIfAbsent(id.apply(items.get(i)), i);
    }
    return map;
  }

  private void checkProgrammes(
      Problems p, FinancialYear last, Set<String> bodyIds, Set<String> streamIds) {
    long total = 0;
    boolean overflow = false;
    for (int i = 0; i < smallGrantsProgrammes().size(); i++) {
      SmallGrantsProgramme g = smallGrantsProgrammes().get(i);
      String at = "smallGrantsProgrammes[" + i + "]";
      if (g.administeredBy().isPresent() && !bodyIds.contains(g.administeredBy().get())) {
        p.add(at + ".administeredBy", "no VCS body " + Problems.quote(g.administeredBy().get()));
      }
      if (g.stream().isPresent() && !streamIds.contains(g.stream().get())) {
        p.add(at + ".stream", "no stream " + Problems.quote(g.stream().get()));
      }
      for (Map.Entry<FinancialYear, Money> e : g.budgets().entrySet()) {
        if (e.getKey().isAfter(last)) {
          p.add(at + ".budgets[" + e.getKey() + "]", "must be for " + last + " or earlier");
        }
        long next = total + e.getValue().pence();
        if (next < total) {
          overflow = true;
        }
        total = next;
      }
    }
    if (overflow) {
      p.add(
          "smallGrantsProgrammes",
          "must have budgets totalling at most " + Money.ofPence(Long.MAX_VALUE));
    }
  }

  @CanIgnoreReturnValue
  private static <T> Set<String> unique(
      Problems p, String path, List<T> items, Function<T, String> id, String what) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      Integer previous = first.putIfAbsent(key, i);
      if (previous != null) {
        p.add(
            path + "[" + i + "].id",
            "must be unique but "
                + what
                + " "
                + Problems.quote(key)
                + " is also "
                + path
                + "["
                + previous
                + "]");
      }
    }
    return first.keySet();
  }
}
