package io.github.laa.core;

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
}
