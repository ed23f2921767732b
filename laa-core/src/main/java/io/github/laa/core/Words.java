package io.github.laa.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads an enum constant from everyday wording: its label ({@code Service delivery}), its name
 * ({@code SERVICE_DELIVERY}, {@code service-delivery}) or any other word the enum gives, in any
 * case and with spaces, hyphens and underscores alike. Immutable and thread-safe.
 */
final class Words<E extends Enum<E>> {
  private final String subject;
  private final ImmutableMap<String, E> byWord;
  private final ImmutableMap<String, E> exact;
  private final String accepted;

  private Words(
      String subject,
      ImmutableMap<String, E> byWord,
      ImmutableMap<String, E> exact,
      String accepted) {
    this.subject = subject;
    this.byWord = byWord;
    this.exact = exact;
    this.accepted = accepted;
  }

  /**
   * Words for {@code type}: each constant's {@code label}, its name, and its {@code others}. The
   * labels, in declaration order, are the accepted words an error lists.
   */
  static <E extends Enum<E>> Words<E> of(
      Class<E> type, Function<E, String> label, Function<E, List<String>> others) {
    Map<String, E> byWord = new HashMap<>();
    Map<String, E> exact = new HashMap<>();
    ImmutableList.Builder<String> labels = ImmutableList.builder();
    for (E e : type.getEnumConstants()) {
      String l = label.apply(e);
      labels.add(l);
      exact.put(l, e);
      exact.put(e.name(), e);
      byWord.put(key(l), e);
      byWord.put(key(e.name()), e);
      for (String o : others.apply(e)) {
        byWord.put(key(o), e);
      }
    }
    return new Words<>(
        type.getSimpleName(),
        ImmutableMap.copyOf(byWord),
        ImmutableMap.copyOf(exact),
        String.join(", ", labels.build()));
  }

  /** Words for {@code type} whose labels are its names in sentence case. */
  static <E extends Enum<E>> Words<E> of(Class<E> type) {
    return of(type, Words::sentenceCase, e -> List.of());
  }

  /** {@code SERVICE_DELIVERY} as {@code Service delivery}. */
  static String sentenceCase(Enum<?> e) {
    String s = e.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The constant {@code text} names.
   *
   * @throws InvalidDataException listing the accepted words if it names none
   */
  E parse(@Nullable CharSequence text) {
    // A label or name as written is the common case, found without normalising the text.
    E e = text instanceof String s ? exact.get(s) : null;
    if (e != null) {
      return e;
    }
    e = text == null || text.length() > 100 ? null : byWord.get(key(text.toString()));
    if (e == null) {
      throw new InvalidDataException(
          subject,
          Problem.of(
              "",
              "must be one of: "
                  + accepted
                  + " (any case) but was: "
                  + (text == null ? "nothing" : Problems.quote(text))));
    }
    return e;
  }

  private static String key(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '_' || c == '-' || c == ' ') {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
          sb.append(' ');
        }
      } else {
        sb.append(Character.toLowerCase(c));
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    sb.setLength(end);
    return sb.toString();
  }
}
