package io.github.laa.core;

import org.immutables.value.Value;

/**
 * A local authority area that has (or could have) a Local Area Agreement: its GSS code, name and
 * kind. The 32 London boroughs and the City of London are in {@link Areas}.
 *
 * <pre>{@code
 * Area greenwich = Area.of("E09000011", "Greenwich", AreaKind.LONDON_BOROUGH);
 * }</pre>
 *
 * <p>The GSS code is nine characters, {@code E} then eight digits, and its first three characters
 * must match the kind ({@code E09} for London).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LaaStyle
public abstract class Area implements WithArea {
  Area() {}

  /** The ONS Government Statistical Service code, e.g. {@code E09000011}. */
  @Value.Parameter
  public abstract String code();

  /** The area's name, e.g. {@code Greenwich}. */
  @Value.Parameter
  public abstract String name();

  /** The kind of authority. */
  @Value.Parameter
  public abstract AreaKind kind();

  /**
   * Returns an area.
   *
   * @throws InvalidDataException if the code is malformed or does not match the kind
   */
  public static Area of(String code, String name, AreaKind kind) {
    return ImmutableArea.of(code, name, kind);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Area}; {@link #build()} throws {@link InvalidDataException} for invalid data.
   */
  public static final class Builder extends ImmutableArea.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    String code = code();
    AreaKind kind = kind();
    p.name("name", name());
    if (p.required("code", code)) {
      if (!code.matches("E[0-9]{8}")) {
        p.add(
            "code",
            "must be a GSS code, E and eight digits like \"E09000011\", but was: "
                + Problems.quote(code));
      } else if (kind != null && !code.startsWith(kind.codePrefix())) {
        p.add(
            "code", "must start with " + kind.codePrefix() + " for " + kind + " but was: " + code);
      }
    }
    p.required("kind", kind);
    p.throwIfAny("Area");
  }
}
