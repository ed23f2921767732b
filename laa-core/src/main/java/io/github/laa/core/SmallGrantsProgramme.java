package io.github.laa.core;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A small grants programme: a budget per financial year from which small grants go to small
 * community groups, as recommendation R3 asks for "as part of LAA capacity building".
 *
 * <pre>{@code
 * SmallGrantsProgramme chest = SmallGrantsProgramme.builder()
 *     .id("chest").name("Community Chest")
 *     .putBudget(FinancialYear.parse("2006/07"), Money.parse("£60k"))
 *     .maxGrant(Money.parse("£5k"))
 *     .incomeCap(Money.parse("£100k"))
 *     .capacityBuilding(true)
 *     .administeredBy("cvs")
 *     .build();
 * }</pre>
 *
 * <p>The grants actually made are recorded as {@link Allocation}s with purpose {@link
 * Purpose#SMALL_GRANTS}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class SmallGrantsProgramme implements WithSmallGrantsProgramme {
  SmallGrantsProgramme() {}

  /** The programme's id, unique within an agreement. */
  public abstract String id();

  /** The programme's name, e.g. {@code Community Chest}. */
  public abstract String name();

  /** The budget for each financial year that has one; amounts not negative. */
  public abstract ImmutableMap<FinancialYear, Money> budgets();

  /** The largest single grant the programme makes. */
  public abstract Money maxGrant();

  /** The largest annual income an applicant may have. */
  public abstract Money incomeCap();

  /** Whether the programme is part of the LAA's capacity building. */
  @Value.Default
  public boolean capacityBuilding() {
    return false;
  }

  /** The id of the VCS body that runs the programme, if a VCS body does. */
  public abstract Optional<String> administeredBy();

  /** The id of the funding stream the budget comes from, if known. */
  public abstract Optional<String> stream();

  /** The budget for {@code year}; {@link Money#ZERO} if it has none. */
  public final Money budget(FinancialYear year) {
    return budgets().getOrDefault(year, Money.ZERO);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SmallGrantsProgramme}; {@link #build()} throws {@link InvalidDataException} for
   * invalid data.
   */
  public static final class Builder extends ImmutableSmallGrantsProgramme.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.id("id", id());
    p.name("name", name());
    for (Map.Entry<FinancialYear, Money> e : budgets().entrySet()) {
      p.notNegative("budgets[" + e.getKey() + "]", e.getValue());
    }
    long total = 0;
    boolean overflow = false;
    for (Money m : budgets().values()) {
      long next = total + m.pence();
      if (m.pence() > 0 && next < total) {
        overflow = true;
        break;
      }
      total = next;
    }
    if (overflow) {
      p.add("budgets", "must total at most " + Money.ofPence(Long.MAX_VALUE));
    }
    p.notNegative("maxGrant", maxGrant());
    p.notNegative("incomeCap", incomeCap());
    administeredBy().ifPresent(a -> p.id("administeredBy", a));
    stream().ifPresent(s -> p.id("stream", s));
    p.throwIfAny("SmallGrantsProgramme");
  }
}
