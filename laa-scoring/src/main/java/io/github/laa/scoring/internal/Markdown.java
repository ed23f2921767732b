package io.github.laa.scoring.internal;

/**
 * Text made safe for a line of Markdown: whatever Markdown or HTML would interpret is escaped, so
 * that a name like {@code <img src=x onerror=alert(1)>} or {@code *bold* [link](x)} shows as itself
 * in any renderer and no raw HTML survives rendering.
 */
public final class Markdown {
  /**
   * Characters that open inline Markdown (or HTML) wherever they are, in CommonMark and GitHub's
   * dialect: escapes, code, emphasis, raw HTML and autolinks, entities, strikethrough, table cells.
   */
  private static final String SPECIAL = "\\`*<&~|";

  private Markdown() {}

  /**
   * {@code s} for a line of Markdown (never at the start of a line): each character that can start
   * emphasis, code, a link, an image, raw HTML, an entity, strikethrough or a table cell is escaped
   * with a backslash (CommonMark lets any ASCII punctuation be escaped); control and formatting
   * characters are written as {@code \\u} escapes of four hex digits ({@code \\u202e}). Brackets
   * that cannot make a link stay as they are: {@code change [2007/08]} reads as before, {@code
   * [link](x)} becomes {@code [link\\](x)}.
   */
  public static String text(String s) {
    String line = Texts.line(s);
    int i = 0;
    while (i < line.length() && !special(line, i)) {
      i++;
    }
    if (i == line.length()) {
      return line;
    }
    StringBuilder sb = new StringBuilder(line.length() + 8).append(line, 0, i);
    for (; i < line.length(); i++) {
      if (special(line, i)) {
        sb.append('\\');
      }
      sb.append(line.charAt(i));
    }
    return sb.toString();
  }

  /**
   * Whether the character at {@code i} could open or close markup. An underscore between two
   * letters or digits cannot (CommonMark's intraword rule), so {@code NET_RESOURCE_LOSS} stays as
   * it is; nor can {@code >} or {@code #} inside a line, which only mean something at its start.
   */
  private static boolean special(String s, int i) {
    char c = s.charAt(i);
    char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
    if (c == ']') {
      // A link or image needs "](" or "][" (the text's end); a bare "[…]" is text.
      return next == '(' || next == '[';
    }
    if (c == '!') {
      return next == '[';
    }
    if (c == '_') {
      return !(i > 0
          && i + 1 < s.length()
          && Character.isLetterOrDigit(s.charAt(i - 1))
          && Character.isLetterOrDigit(s.charAt(i + 1)));
    }
    return SPECIAL.indexOf(c) >= 0;
  }

  /**
   * {@code s} as an inline code span, fenced with one more backtick than the longest run of
   * backticks in it, so that nothing in it can end the span; HTML in a code span is shown, not
   * interpreted.
   */
  public static String code(String s) {
    String line = Texts.line(s);
    int longest = 0;
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      run = line.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = longest > 0 && (line.startsWith("`") || line.endsWith("`")) ? " " : "";
    return fence + pad + line + pad + fence;
  }
}
