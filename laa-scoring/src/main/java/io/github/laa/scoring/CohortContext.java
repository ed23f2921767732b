package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.LocalAreaAgreement;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The cohort an agreement is scored in, for rules that compare an agreement with its peers (such as
 * recommendation R1's weakest quartile of infrastructure funding). Cohort-wide figures are computed
 * once with {@link #shared(Object, Function)} and reused for every agreement.
 *
 * <p>This class is thread-safe.
 */
public final class CohortContext {
  private final ImmutableList<LocalAreaAgreement> agreements;
  private final ConcurrentHashMap<Object, Object> shared = new ConcurrentHashMap<>();

  CohortContext(ImmutableList<LocalAreaAgreement> agreements) {
    this.agreements = agreements;
  }

  /** The agreements of the cohort. */
  public ImmutableList<LocalAreaAgreement> agreements() {
    return agreements;
  }

  /**
   * Returns the cohort-wide value for {@code key}, computing it once with {@code compute}. The
   * computation must not depend on the order of {@link #agreements()}.
   */
  public <T> T shared(Object key, Function<CohortContext, T> compute) {
    @SuppressWarnings("unchecked")
    T value =
        (T)
            shared.computeIfAbsent(
                key, k -> Objects.requireNonNull(compute.apply(this), "shared value"));
    return value;
  }
}
