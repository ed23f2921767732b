package io.github.laa.scoring;

import io.github.laa.core.Area;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.scoring.internal.Texts;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A named version of an area's agreement — as agreed, or edited to ask "what if" — for scoring
 * several versions of one area side by side ({@link Policy#scoreScenarios}):
 *
 * <pre>{@code
 * Scenario cut = Scenario.of("NRF cut 10%", haringey.withAllocations(AllocationFilter.stream("nrf"),
 *     a -> a.withAmount(a.amount().multipliedBy(9).dividedBy(10, RoundingMode.HALF_EVEN))));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scenario {
  private final String name;
  private final LocalAreaAgreement agreement;

  private Scenario(String name, LocalAreaAgreement agreement) {
    this.name = name;
    this.agreement = agreement;
  }

  /**
   * The scenario {@code name} of {@code agreement}.
   *
   * @throws IllegalArgumentException if the name is not a valid name (see {@link
   *     io.github.laa.core.TextChecks})
   */
  public static Scenario of(String name, LocalAreaAgreement agreement) {
    Texts.requireName("a scenario's name", name);
    return new Scenario(name, Objects.requireNonNull(agreement, "agreement"));
  }

  /** The scenario's name, e.g. {@code NRF cut 10%}. */
  public String name() {
    return name;
  }

  /** The agreement. */
  public LocalAreaAgreement agreement() {
    return agreement;
  }

  /** The agreement's area. */
  public Area area() {
    return agreement.area();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Scenario s && s.name.equals(name) && s.agreement.equals(agreement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, agreement);
  }

  /** Returns e.g. {@code NRF cut 10% (Haringey)}. */
  @Override
  public String toString() {
    return name + " (" + agreement.area().name() + ")";
  }
}
