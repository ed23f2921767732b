package io.github.laa.scoring.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Writes well-formed HTML5 in its XML form (so that a strict XML parser reads it too), with inline
 * SVG. Text can enter only escaped: element and attribute names are constants of {@link Tag} and
 * {@link Attr}; attribute values are always quoted and escaped; text content is escaped; numbers
 * are written in {@link Locale#ROOT} form. There is no way to write raw markup.
 *
 * <pre>{@code
 * Html h = Html.document();
 * h.open(Tag.P).attr(Attr.CLASS, "note").text(areaName).close(Tag.P);
 * }</pre>
 *
 * <p>Start tags stay open for attributes until content, a child or the end tag follows; {@link
 * #close} checks that it closes the innermost open element. Not thread-safe: one per page.
 */
public final class Html {
  /** The elements the reports use; names in lower case, as HTML5 and SVG spell them. */
  public enum Tag {
    HTML("html"),
    HEAD("head"),
    META("meta"),
    TITLE("title"),
    STYLE("style"),
    BODY("body"),
    HEADER("header"),
    MAIN("main"),
    SECTION("section"),
    ARTICLE("article"),
    H1("h1"),
    H2("h2"),
    H3("h3"),
    H4("h4"),
    P("p"),
    SPAN("span"),
    STRONG("strong"),
    BLOCKQUOTE("blockquote"),
    UL("ul"),
    LI("li"),
    DL("dl"),
    DT("dt"),
    DD("dd"),
    TABLE("table"),
    CAPTION("caption"),
    THEAD("thead"),
    TBODY("tbody"),
    TR("tr"),
    TH("th"),
    TD("td"),
    FIGURE("figure"),
    FIGCAPTION("figcaption"),
    DETAILS("details"),
    SUMMARY("summary"),
    SVG("svg"),
    DESC("desc"),
    G("g"),
    RECT("rect"),
    LINE("line"),
    CIRCLE("circle"),
    POLYLINE("polyline"),
    TEXT("text");

    private final String name;

    Tag(String name) {
      this.name = name;
    }

    /** The element's name. */
    public String tagName() {
      return name;
    }
  }

  /** The attributes the reports use. */
  public enum Attr {
    LANG("lang"),
    CHARSET("charset"),
    NAME("name"),
    CONTENT("content"),
    ID("id"),
    CLASS("class"),
    ROLE("role"),
    ARIA_LABELLEDBY("aria-labelledby"),
    ARIA_DESCRIBEDBY("aria-describedby"),
    SCOPE("scope"),
    WIDTH("width"),
    HEIGHT("height"),
    VIEW_BOX("viewBox"),
    X("x"),
    Y("y"),
    X1("x1"),
    Y1("y1"),
    X2("x2"),
    Y2("y2"),
    CX("cx"),
    CY("cy"),
    R("r"),
    POINTS("points"),
    FILL("fill"),
    STROKE("stroke"),
    STROKE_WIDTH("stroke-width"),
    STROKE_DASHARRAY("stroke-dasharray"),
    TEXT_ANCHOR("text-anchor"),
    FONT_SIZE("font-size"),
    FONT_WEIGHT("font-weight"),
    TRANSFORM("transform");

    private final String name;

    Attr(String name) {
      this.name = name;
    }

    /** The attribute's name. */
    public String attrName() {
      return name;
    }
  }

  private final StringBuilder out;
  private final Deque<Tag> open = new ArrayDeque<>();
  private boolean startTagOpen;
  private boolean startTagEmpty;

  private Html(StringBuilder out) {
    this.out = out;
  }

  /** A page, started with its doctype. */
  public static Html document() {
    return document(64 * 1024);
  }

  /** A page of about {@code expectedChars} characters, started with its doctype. */
  public static Html document(int expectedChars) {
    StringBuilder sb = new StringBuilder(Math.max(1024, expectedChars));
    sb.append("<!DOCTYPE html>\n");
    return new Html(sb);
  }

  /** A fragment, without doctype, for tests. */
  public static Html fragment() {
    return new Html(new StringBuilder(1024));
  }

  /** Opens element {@code tag}; attributes may follow until anything else does. */
  @CanIgnoreReturnValue
  public Html open(Tag tag) {
    finishStartTag();
    out.append('<').append(tag.tagName());
    open.push(tag);
    startTagOpen = true;
    startTagEmpty = false;
    return this;
  }

  /** Writes an element without content ({@code <rect .../>}); attributes may follow. */
  @CanIgnoreReturnValue
  public Html empty(Tag tag) {
    finishStartTag();
    out.append('<').append(tag.tagName());
    startTagOpen = true;
    startTagEmpty = true;
    return this;
  }

  /** Adds an attribute to the element just opened, its value escaped and quoted. */
  @CanIgnoreReturnValue
  public Html attr(Attr attr, String value) {
    if (!startTagOpen) {
      throw new IllegalStateException("attribute " + attr.attrName() + " after content");
    }
    out.append(' ').append(attr.attrName()).append("=\"");
    escape(value);
    out.append('"');
    return this;
  }

  /** Adds a number attribute, in {@link #number(double)} form. */
  @CanIgnoreReturnValue
  public Html attr(Attr attr, double value) {
    if (!startTagOpen) {
      throw new IllegalStateException("attribute " + attr.attrName() + " after content");
    }
    // A number needs no escaping: digits, a sign and a point.
    out.append(' ').append(attr.attrName()).append("=\"");
    appendNumber(out, value);
    out.append('"');
    return this;
  }

  /** Writes {@code text} escaped. */
  @CanIgnoreReturnValue
  public Html text(String text) {
    finishStartTag();
    escape(text);
    return this;
  }

  /** Writes a line break between elements, to keep the page readable as source. */
  @CanIgnoreReturnValue
  public Html newline() {
    finishStartTag();
    out.append('\n');
    return this;
  }

  /** Writes {@code <tag>text</tag>}. */
  @CanIgnoreReturnValue
  public Html element(Tag tag, String text) {
    return open(tag).text(text).close(tag);
  }

  /**
   * Closes {@code tag}, the innermost open element.
   *
   * @throws IllegalStateException if it is not
   */
  @CanIgnoreReturnValue
  public Html close(Tag tag) {
    Tag top = open.peek();
    if (top != tag) {
      throw new IllegalStateException(
          "closing " + tag.tagName() + " but the innermost open element is " + top);
    }
    finishStartTag();
    open.pop();
    out.append("</").append(tag.tagName()).append('>');
    return this;
  }

  /**
   * The markup written.
   *
   * @throws IllegalStateException if an element is still open
   */
  public String build() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("elements still open: " + open);
    }
    finishStartTag();
    return out.toString();
  }

  private void finishStartTag() {
    if (startTagOpen) {
      out.append(startTagEmpty ? "/>" : ">");
      startTagOpen = false;
      startTagEmpty = false;
    }
  }

  /**
   * {@code s} escaped for text or a quoted attribute value: {@code & < > " '} as references;
   * control, formatting and separator characters and lone surrogates as visible {@code \\u} escapes
   * (see {@link Texts#line}); the noncharacters U+FFFE and U+FFFF, which XML forbids, as U+FFFD.
   */
  public static String escaped(String s) {
    Html h = fragment();
    h.escape(s);
    return h.out.toString();
  }

  private void escape(String raw) {
    // One pass for the common case; text with any other character is first made safe for one
    // line (Texts.line) and written again.
    int start = out.length();
    if (!escapeTo(raw, true)) {
      out.setLength(start);
      var unused = escapeTo(Texts.line(raw), false);
    }
  }

  /**
   * Writes {@code s} escaped, in runs; with {@code plainOnly}, stops and returns false at the first
   * character that is neither printable ASCII nor one of a few common ones that {@link Texts#line}
   * leaves as they are ({@code £ · — … → ρ}), so that most text is checked without {@link
   * Character#getType}. A character beyond Latin-1 is written as a numeric character reference
   * ({@code &#x2014;} for {@code —}): the browser shows the same text, and the page, all Latin-1,
   * is built and held at one byte a character.
   */
  private boolean escapeTo(String s, boolean plainOnly) {
    int n = s.length();
    int run = 0; // the start of the characters not yet written, which are written as they are
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'') {
        continue; // printable ASCII that needs no escape: the common case
      }
      String escape =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            case '\uFFFE', '\uFFFF' -> "&#xfffd;";
            default -> null;
          };
      if (escape == null) {
        if (plainOnly
            && (c < 0x20 || c > 0x7e)
            && c != '£'
            && c != '·'
            && c != '—'
            && c != '…'
            && c != '→'
            && c != 'ρ') {
          return false;
        }
        if (c <= 0xff) {
          continue; // Latin-1 (£, ·): written as it is
        }
        int cp = c;
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          cp = Character.toCodePoint(c, s.charAt(i + 1));
        }
        out.append(s, run, i).append("&#x").append(Integer.toHexString(cp)).append(';');
        i += Character.charCount(cp) - 1;
        run = i + 1;
        continue;
      }
      out.append(s, run, i).append(escape);
      run = i + 1;
    }
    out.append(s, run, n);
    return true;
  }

  /**
   * A number as the page writes it: whole numbers without a point, others to at most two decimal
   * places (half-even), in {@link Locale#ROOT} form, never with an exponent.
   *
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static String number(double value) {
    StringBuilder sb = new StringBuilder(16);
    appendNumber(sb, value);
    return sb.toString();
  }

  /** Appends {@code value} in {@link #number(double)} form, with no String made in between. */
  private static void appendNumber(StringBuilder sb, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a number on a page must be finite but was: " + value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      sb.append((long) value);
      return;
    }
    if (Math.abs(value) < 1e13) {
      // Hundredths, rounded half-even; the common case on a page (coordinates), without BigDecimal.
      long hundredths = (long) Math.rint(value * 100);
      if (hundredths == 0) {
        sb.append('0');
        return;
      }
      if (hundredths < 0) {
        sb.append('-');
        hundredths = -hundredths;
      }
      sb.append(hundredths / 100);
      int cents = (int) (hundredths % 100);
      if (cents != 0) {
        sb.append('.').append((char) ('0' + cents / 10));
        if (cents % 10 != 0) {
          sb.append((char) ('0' + cents % 10));
        }
      }
      return;
    }
    BigDecimal d =
        BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    sb.append(d.signum() == 0 ? "0" : d.toPlainString());
  }
}
