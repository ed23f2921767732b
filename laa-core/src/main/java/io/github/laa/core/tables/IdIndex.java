package io.github.laa.core.tables;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The ids of one kind defined in one agreement, each kept once, found from the text of a cell. Open
 * addressing over compact arrays — each slot's hash, and the ids' characters in one array — so that
 * a lookup touches a few cache lines instead of a {@code HashMap}'s chain of objects: the reader
 * looks an id up for every reference of every row. Not thread-safe.
 */
final class IdIndex {
  /** Per slot: 0 if empty, else 1 + the entry's index. */
  private int[] slots = new int[16];

  private int[] hashes = new int[16];
  private String[] ids = new String[8];
  private int[] starts = new int[8];
  private int[] lengths = new int[8];
  private char[] chars = new char[64];
  private int size;
  private int used;

  /** The id equal to {@code text}, as it was first added; null if none. */
  @Nullable String get(String text) {
    int h = text.hashCode();
    int mask = slots.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int e = slots[i];
      if (e == 0) {
        return null;
      }
      if (hashes[i] == h && same(e - 1, text)) {
        return ids[e - 1];
      }
    }
  }

  /** Whether {@code text} is one of the ids. */
  boolean contains(String text) {
    return get(text) != null;
  }

  /** Adds {@code id}; false if it was there already. */
  @CanIgnoreReturnValue
  boolean add(String id) {
    if (get(id) != null) {
      return false;
    }
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
      starts = Arrays.copyOf(starts, size * 2);
      lengths = Arrays.copyOf(lengths, size * 2);
    }
    if (used + id.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + id.length()));
    }
    id.getChars(0, id.length(), chars, used);
    ids[size] = id;
    starts[size] = used;
    lengths[size] = id.length();
    used += id.length();
    place(size, id.hashCode());
    size++;
    return true;
  }

  private boolean same(int entry, String text) {
    int start = starts[entry];
    int length = lengths[entry];
    if (length != text.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[start + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void place(int entry, int h) {
    int mask = slots.length - 1;
    int i = h & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = entry + 1;
    hashes[i] = h;
  }

  private void grow() {
    int[] old = slots;
    int[] oldHashes = hashes;
    slots = new int[old.length * 2];
    hashes = new int[old.length * 2];
    for (int i = 0; i < old.length; i++) {
      if (old[i] != 0) {
        place(old[i] - 1, oldHashes[i]);
      }
    }
  }
}
