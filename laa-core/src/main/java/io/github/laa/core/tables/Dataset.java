package io.github.laa.core.tables;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Problem;
import io.github.laa.core.TextChecks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a set of {@link Table tables} holds: agreements, one per area, and deflator series, one per
 * name. Read one with {@link Tables#reader()}; write one with {@link Tables#write(Dataset)}.
 *
 * <pre>{@code
 * Dataset data = Dataset.of(List.of(greenwich, camden));
 * data.agreement("Greenwich");   // Optional[LocalAreaAgreement for Greenwich …]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; two datasets are equal when they hold equal
 * agreements and series in the same order.
 */
public final class Dataset {
  private final ImmutableList<LocalAreaAgreement> agreements;
  private final ImmutableList<DeflatorSeries> deflators;

  private Dataset(
      ImmutableList<LocalAreaAgreement> agreements, ImmutableList<DeflatorSeries> deflators) {
    this.agreements = agreements;
    this.deflators = deflators;
  }

  /**
   * A dataset of {@code agreements}, in order, and no deflator series.
   *
   * @throws InvalidDataException if two agreements are for the same area, or one is null
   */
  public static Dataset of(Iterable<LocalAreaAgreement> agreements) {
    return of(agreements, List.of());
  }

  /**
   * A dataset of {@code agreements} and {@code deflators}, each in order.
   *
   * @throws InvalidDataException if two agreements are for the same area, two series have the same
   *     name, or an element is null
   */
  public static Dataset of(
      Iterable<LocalAreaAgreement> agreements, Iterable<DeflatorSeries> deflators) {
    List<Problem> problems = new ArrayList<>();
    List<LocalAreaAgreement> a = new ArrayList<>();
    Map<String, Integer> areas = new HashMap<>();
    int i = 0;
    for (LocalAreaAgreement laa : agreements) {
      if (laa == null) {
        problems.add(Problem.of("agreements[" + i + "]", "must not be null"));
      } else {
        Integer before = areas.putIfAbsent(laa.area().code(), i);
        if (before != null) {
          problems.add(
              Problem.of(
                  "agreements[" + i + "]",
                  "must be for another area: agreements["
                      + before
                      + "] is for "
                      + TextChecks.quote(laa.area().code())));
        }
        a.add(laa);
      }
      i++;
    }
    List<DeflatorSeries> d = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();
    i = 0;
    for (DeflatorSeries s : deflators) {
      if (s == null) {
        problems.add(Problem.of("deflators[" + i + "]", "must not be null"));
      } else {
        Integer before = names.putIfAbsent(s.name(), i);
        if (before != null) {
          problems.add(
              Problem.of(
                  "deflators[" + i + "]",
                  "must have another name: deflators["
                      + before
                      + "] is "
                      + TextChecks.quote(s.name())));
        }
        d.add(s);
      }
      i++;
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException("Dataset", problems);
    }
    return new Dataset(ImmutableList.copyOf(a), ImmutableList.copyOf(d));
  }

  /** The agreements, in the order of {@code agreements.csv}. */
  public ImmutableList<LocalAreaAgreement> agreements() {
    return agreements;
  }

  /** The deflator series, in the order they first appear in {@code deflators.csv}. */
  public ImmutableList<DeflatorSeries> deflators() {
    return deflators;
  }

  /**
   * The agreement for the area with GSS code or name {@code codeOrName} (case and {@code &}/{@code
   * and} ignored in names), if there is one.
   */
  public Optional<LocalAreaAgreement> agreement(String codeOrName) {
    String key = Names.key(codeOrName);
    for (LocalAreaAgreement laa : agreements) {
      if (laa.area().code().equals(codeOrName.strip())
          || Names.key(laa.area().name()).equals(key)) {
        return Optional.of(laa);
      }
    }
    return Optional.empty();
  }

  /** The deflator series called {@code name}, if there is one. */
  public Optional<DeflatorSeries> deflator(String name) {
    for (DeflatorSeries s : deflators) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Dataset d
        && agreements.equals(d.agreements)
        && deflators.equals(d.deflators);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agreements, deflators);
  }

  /** {@code Dataset[3 agreements: Greenwich, Camden, Brent; 1 deflator series]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Dataset[").append(agreements.size()).append(" agreement");
    sb.append(agreements.size() == 1 ? "" : "s");
    String sep = ": ";
    for (LocalAreaAgreement laa : agreements) {
      if (sb.length() > 200) {
        sb.append(", …");
        break;
      }
      sb.append(sep).append(laa.area().name());
      sep = ", ";
    }
    return sb.append("; ").append(deflators.size()).append(" deflator series]").toString();
  }
}
