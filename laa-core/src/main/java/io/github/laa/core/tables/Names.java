package io.github.laa.core.tables;

import java.util.Locale;

/**
 * How names are matched: case, surrounding and repeated spaces, and {@code &}/{@code and} ignored.
 */
final class Names {
  private Names() {}

  static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("\\s+", " ");
  }
}
