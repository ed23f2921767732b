package io.github.laa.core;

import java.util.List;

/**
 * The kind of local authority an LAA covers. In two-tier areas the county signs the agreement; in
 * London, the borough.
 */
public enum AreaKind {
  /** One of the 32 London boroughs (GSS codes {@code E09…}). */
  LONDON_BOROUGH("E09"),
  /** The City of London Corporation ({@code E09000001}). */
  CITY_OF_LONDON("E09"),
  /** A metropolitan district ({@code E08…}). */
  METROPOLITAN_DISTRICT("E08"),
  /** A unitary authority ({@code E06…}). */
  UNITARY("E06"),
  /** A shire county ({@code E10…}). */
  COUNTY("E10");

  private final String codePrefix;

  AreaKind(String codePrefix) {
    this.codePrefix = codePrefix;
  }

  /** The first three characters of the GSS codes of areas of this kind, e.g. {@code E09}. */
  public String codePrefix() {
    return codePrefix;
  }

  private static final Words<AreaKind> WORDS =
      Words.of(AreaKind.class, AreaKind::label, k -> List.of());

  /**
   * This kind of area in everyday wording, as the tables of {@code io.github.laa.core.tables} write
   * it: {@code London borough}.
   */
  public String label() {
    return this == CITY_OF_LONDON ? "City of London" : Words.sentenceCase(this);
  }

  /**
   * Reads a kind of area from its {@linkplain #label() label} or its name, in any case, with
   * spaces, hyphens or underscores: {@code London borough}, {@code london borough} and {@code
   * LONDON_BOROUGH} are the same.
   *
   * @throws InvalidDataException listing the accepted words if {@code text} is none of them
   */
  public static AreaKind parse(CharSequence text) {
    return WORDS.parse(text);
  }
}
