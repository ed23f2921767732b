package io.github.laa.scoring;

import io.github.laa.core.Allocation;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Purpose;
import io.github.laa.core.SizeBand;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.VcsBody;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A deliberately plain second implementation of the rules, written from DESIGN.md and not from
 * the engine: straight loops over the agreement's allocations, {@link BigDecimal} arithmetic, no
 * helper shared with the engine. Properties check the engine against it.
 */
final class ReferenceRules {
  private ReferenceRules() {}

  /** What the reference computes for one rule. */
  record Outcome(Verdict verdict, Optional<BigDecimal> marginPounds, int warnings) {}

  /** R3a with explicit parameters. */
  static Outcome netResourceLoss(
      LocalAreaAgreement laa,
      int baselineYears,
      boolean onlyAgreementStreams,
      boolean meanOfYears,
      BigDecimal tolerancePercent,
      @Nullable DeflatorSeries deflator) {
    FinancialYear first = laa.firstYear();
    FinancialYear priceBase = first.previous();
    List<FinancialYear> baseline = new ArrayList<>();
    for (int k = baselineYears; k >= 1; k--) {
      baseline.add(first.plusYears(-k));
    }
    BigDecimal baselineSum = BigDecimal.ZERO;
    for (FinancialYear y : baseline) {
      int count = 0;
      BigDecimal sum = BigDecimal.ZERO;
      for (Allocation a : laa.allocations()) {
        if (a.year().equals(y) && counts(laa, a, onlyAgreementStreams)) {
          count++;
          sum = sum.add(a.amount().toPounds());
        }
      }
      if (count == 0) {
        return new Outcome(Verdict.NOT_ASSESSED, Optional.empty(), 0);
      }
      Optional<BigDecimal> real = restate(sum, y, priceBase, deflator);
      if (real.isEmpty()) {
        return new Outcome(Verdict.NOT_ASSESSED, Optional.empty(), 0);
      }
      baselineSum = baselineSum.add(real.get());
    }
    BigDecimal base = baselineSum.divide(BigDecimal.valueOf(baselineYears), 2, RoundingMode.HALF_EVEN);
    List<BigDecimal> years = new ArrayList<>();
    for (FinancialYear y : laa.years()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Allocation a : laa.allocations()) {
        if (a.year().equals(y) && counts(laa, a, onlyAgreementStreams)) {
          sum = sum.add(a.amount().toPounds());
        }
      }
      Optional<BigDecimal> real = restate(sum, y, priceBase, deflator);
      if (real.isEmpty()) {
        return new Outcome(Verdict.NOT_ASSESSED, Optional.empty(), 0);
      }
      years.add(real.get());
    }
    BigDecimal compared;
    if (meanOfYears) {
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal v : years) {
        sum = sum.add(v);
      }
      compared = sum.divide(BigDecimal.valueOf(years.size()), 2, RoundingMode.HALF_EVEN);
    } else {
      compared = years.get(0);
      for (BigDecimal v : years) {
        compared = compared.min(v);
      }
    }
    BigDecimal loss = base.subtract(compared);
    if (loss.signum() <= 0) {
      return new Outcome(Verdict.PASS, Optional.of(compared.subtract(base)), 0);
    }
    boolean withinTolerance =
        loss.multiply(BigDecimal.valueOf(100)).compareTo(tolerancePercent.multiply(base)) <= 0;
    return new Outcome(withinTolerance ? Verdict.WARN : Verdict.FAIL, Optional.of(loss), 0);
  }

  private static boolean counts(LocalAreaAgreement laa, Allocation a, boolean onlyAgreementStreams) {
    if (!onlyAgreementStreams) {
      return true;
    }
    if (a.stream().isEmpty()) {
      return false;
    }
    for (var block : laa.blocks()) {
      if (block.streams().contains(a.stream().get())) {
        return true;
      }
    }
    return false;
  }

  /** Pounds of year {@code y} in {@code base} prices, to the penny; identity without a series. */
  private static Optional<BigDecimal> restate(BigDecimal pounds, FinancialYear y, FinancialYear base, @Nullable DeflatorSeries d) {
    if (d == null) {
      return Optional.of(pounds);
    }
    Optional<BigDecimal> from = d.index(y);
    Optional<BigDecimal> to = d.index(base);
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(pounds.multiply(to.get()).divide(from.get(), 2, RoundingMode.HALF_EVEN));
  }

  /** R3b with the default parameters. */
  static Outcome smallGrants(LocalAreaAgreement laa) {
    List<SmallGrantsProgramme> capacity = new ArrayList<>();
    for (SmallGrantsProgramme g : laa.smallGrantsProgrammes()) {
      if (g.capacityBuilding()) {
        capacity.add(g);
      }
    }
    if (capacity.isEmpty()) {
      return new Outcome(Verdict.FAIL, Optional.empty(), 0);
    }
    int yearsWithout = 0;
    for (FinancialYear y : laa.years()) {
      BigDecimal budget = BigDecimal.ZERO;
      for (SmallGrantsProgramme g : capacity) {
        budget = budget.add(g.budget(y).toPounds());
      }
      if (budget.signum() == 0) {
        yearsWithout++;
      }
    }
    if (yearsWithout == laa.years().size()) {
      return new Outcome(Verdict.FAIL, Optional.empty(), 0);
    }
    int warnings = yearsWithout;
    for (SmallGrantsProgramme g : capacity) {
      if (g.maxGrant().toPounds().compareTo(new BigDecimal("5000")) > 0) {
        warnings++;
      }
      if (g.incomeCap().toPounds().compareTo(new BigDecimal("100000")) > 0) {
        warnings++;
      }
    }
    BigDecimal all = BigDecimal.ZERO;
    BigDecimal small = BigDecimal.ZERO;
    for (Allocation a : laa.allocations()) {
      if (a.purpose() == Purpose.SMALL_GRANTS && laa.years().contains(a.year())) {
        all = all.add(a.amount().toPounds());
        VcsBody body = laa.body(a.recipient()).orElseThrow();
        if (body.sizeBand() == SizeBand.MICRO || body.sizeBand() == SizeBand.SMALL) {
          small = small.add(a.amount().toPounds());
        }
      }
    }
    if (all.signum() > 0 && small.multiply(BigDecimal.valueOf(2)).compareTo(all) < 0) {
      warnings++;
    }
    return new Outcome(warnings == 0 ? Verdict.PASS : Verdict.WARN, Optional.empty(), warnings);
  }
}
