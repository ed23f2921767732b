package io.github.laa.core;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;

/**
 * Reference data: the 32 London boroughs and the City of London, with their GSS codes ({@code
 * E09000001} to {@code E09000033}).
 *
 * <pre>{@code
 * Area greenwich = Areas.byName("Greenwich").orElseThrow();   // E09000011
 * Area hf = Areas.byCode("E09000013").orElseThrow();          // Hammersmith and Fulham
 * }</pre>
 */
public final class Areas {
  private static final ImmutableList<Area> LONDON =
      ImmutableList.of(
          Area.of("E09000001", "City of London", AreaKind.CITY_OF_LONDON),
          borough("E09000002", "Barking and Dagenham"),
          borough("E09000003", "Barnet"),
          borough("E09000004", "Bexley"),
          borough("E09000005", "Brent"),
          borough("E09000006", "Bromley"),
          borough("E09000007", "Camden"),
          borough("E09000008", "Croydon"),
          borough("E09000009", "Ealing"),
          borough("E09000010", "Enfield"),
          borough("E09000011", "Greenwich"),
          borough("E09000012", "Hackney"),
          borough("E09000013", "Hammersmith and Fulham"),
          borough("E09000014", "Haringey"),
          borough("E09000015", "Harrow"),
          borough("E09000016", "Havering"),
          borough("E09000017", "Hillingdon"),
          borough("E09000018", "Hounslow"),
          borough("E09000019", "Islington"),
          borough("E09000020", "Kensington and Chelsea"),
          borough("E09000021", "Kingston upon Thames"),
          borough("E09000022", "Lambeth"),
          borough("E09000023", "Lewisham"),
          borough("E09000024", "Merton"),
          borough("E09000025", "Newham"),
          borough("E09000026", "Redbridge"),
          borough("E09000027", "Richmond upon Thames"),
          borough("E09000028", "Southwark"),
          borough("E09000029", "Sutton"),
          borough("E09000030", "Tower Hamlets"),
          borough("E09000031", "Waltham Forest"),
          borough("E09000032", "Wandsworth"),
          borough("E09000033", "Westminster"));

  private Areas() {}

  private static Area borough(String code, String name) {
    return Area.of(code, name, AreaKind.LONDON_BOROUGH);
  }

  /** The City of London and the 32 London boroughs, in GSS code order. */
  public static ImmutableList<Area> london() {
    return LONDON;
  }

  /** The 32 London boroughs, without the City of London, in GSS code order. */
  public static ImmutableList<Area> londonBoroughs() {
    return LONDON.subList(1, LONDON.size());
  }

  /** The London area with GSS code {@code code}, if there is one. */
  public static Optional<Area> byCode(String code) {
    for (Area a : LONDON) {
      if (a.code().equals(code)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * The London area called {@code name}, if there is one. Case and {@code &}/{@code and} are
   * ignored: {@code "Hammersmith & Fulham"} finds Hammersmith and Fulham.
   */
  public static Optional<Area> byName(String name) {
    String wanted = normalise(name);
    for (Area a : LONDON) {
      if (normalise(a.name()).equals(wanted)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * The London area with GSS code or name {@code codeOrName} ({@code "E09000011"}, {@code
   * "Greenwich"}, {@code "hammersmith & fulham"}).
   *
   * @throws InvalidDataException if no London area has that code or name: the message says to make
   *     an area outside London with {@link Area#of(String, String, AreaKind)}
   */
  public static Area of(String codeOrName) {
    Optional<Area> area =
        codeOrName == null || codeOrName.length() > TextChecks.MAX_NAME_LENGTH
            ? Optional.empty()
            : byCode(codeOrName.strip()).or(() -> byName(codeOrName));
    if (area.isPresent()) {
      return area.get();
    }
    throw new InvalidDataException(
        "Area",
        Problem.of(
            "",
            "no London area has the code or name "
                + (codeOrName == null ? "null" : Problems.quote(codeOrName))
                + "; Areas knows the City of London and the 32 London boroughs: for another area"
                + " use Area.of(code, name, kind), e.g. Area.of(\"E08000025\", \"Birmingham\","
                + " AreaKind.METROPOLITAN_DISTRICT)"));
  }

  private static String normalise(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("\\s+", " ");
  }
}
