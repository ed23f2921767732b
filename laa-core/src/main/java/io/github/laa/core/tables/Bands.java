package io.github.laa.core.tables;

import io.github.laa.core.SizeBand;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads an NCVO income band: its name ({@code micro}, {@code small}, {@code medium}, {@code large},
 * {@code major}, any case) or a range in pounds with the band's bounds, as 360Giving's Insights
 * column {@code Insights:Recipient Org:Latest Income:Bands} and spreadsheets write them: {@code
 * £10k - £100k}, {@code £10,000 to £100,000}, {@code under £10k}, {@code less than £10k}, {@code
 * over £10m}, {@code £10m+}. A range that is not one of the five bands (such as {@code £0 - £500})
 * is not read as one.
 */
final class Bands {
  private Bands() {}

  private static final Map<String, SizeBand> FORMS =
      Map.ofEntries(
          Map.entry("0-10k", SizeBand.MICRO),
          Map.entry("under10k", SizeBand.MICRO),
          Map.entry("lessthan10k", SizeBand.MICRO),
          Map.entry("upto10k", SizeBand.MICRO),
          Map.entry("<10k", SizeBand.MICRO),
          Map.entry("10k-100k", SizeBand.SMALL),
          Map.entry("100k-1m", SizeBand.MEDIUM),
          Map.entry("1m-10m", SizeBand.LARGE),
          Map.entry("over10m", SizeBand.MAJOR),
          Map.entry("morethan10m", SizeBand.MAJOR),
          Map.entry("10m+", SizeBand.MAJOR),
          Map.entry(">10m", SizeBand.MAJOR));

  @Nullable
  static SizeBand parse(String text) {
    if (text.length() > 100) {
      return null;
    }
    for (SizeBand b : SizeBand.values()) {
      if (b.label().equalsIgnoreCase(text.strip())) {
        return b;
      }
    }
    String s =
        text.toLowerCase(Locale.ROOT)
            .replace("£", "")
            .replace(",000,000", "m")
            .replace(",000", "k")
            .replace(" to ", "-")
            .replace("–", "-")
            .replace("—", "-")
            .replaceAll("\\s+", "");
    s = s.replace("000000", "m").replace("000k", "m").replace("000-", "k-");
    if (s.endsWith("000")) {
      s = s.substring(0, s.length() - 3) + "k";
    }
    return FORMS.get(s);
  }
}
