package io.github.laa.core.tables;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;

/**
 * The ids of one kind defined in one agreement, each kept once, found from the text of a cell: open
 * addressing over one array of the ids themselves, at most half full. The reader looks an id up for
 * every reference of every row, and what it finds goes into the allocation it builds, whose own
 * check then reads that id's characters: comparing the cell with the id itself (its cached hash,
 * then its characters) brings into the cache exactly what the check reads next, where a {@code
 * HashMap} would add its node and a separate copy of the characters would add lines the check never
 * reads. Not thread-safe.
 */
final class IdIndex {
  /**
   * Probes after which the ids move to a {@code HashMap}: ids that share one {@link
   * String#hashCode} (a hostile file can give any number of them, {@code AaAa}, {@code AaBB},
   * {@code BBAa}, …) all share one run of slots, which every lookup of one of them would walk; a
   * {@code HashMap} keeps such ids in a tree, ordered by {@link String#compareTo}. Runs of ids
   * whose hashes differ stay a few slots long at most half full.
   */
  static final int MAX_PROBES = 64;

  private @Nullable String[] slots = new String[16];
  private int size;
  private @Nullable HashMap<String, String> map;

  /** The id equal to {@code text}, as it was first added; null if none. */
  @Nullable String get(String text) {
    HashMap<String, String> m = map;
    if (m != null) {
      return m.get(text);
    }
    int h = text.hashCode();
    @Nullable String[] s = slots;
    int mask = s.length - 1;
    int probes = 0;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String id = s[i];
      if (id == null) {
        return null;
      }
      if (id.hashCode() == h && id.equals(text)) {
        return id;
      }
      if (++probes > MAX_PROBES) {
        return toMap().get(text);
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
    HashMap<String, String> m = map; // get may have moved the ids to it
    if (m != null) {
      m.put(id, id);
      size++;
      return true;
    }
    if (2 * (size + 1) > slots.length) {
      @Nullable String[] old = slots;
      slots = new String[old.length * 2];
      for (String kept : old) {
        if (kept != null) {
          place(kept);
        }
      }
    }
    place(id);
    size++;
    return true;
  }

  /** Whether the ids have moved to a {@code HashMap} (see {@link #MAX_PROBES}); for tests. */
  boolean inMap() {
    return map != null;
  }

  private void place(String id) {
    int mask = slots.length - 1;
    int i = spread(id.hashCode()) & mask;
    while (slots[i] != null) {
      i = (i + 1) & mask;
    }
    slots[i] = id;
  }

  private HashMap<String, String> toMap() {
    HashMap<String, String> m = new HashMap<>(2 * size + 16);
    for (String id : slots) {
      if (id != null) {
        m.put(id, id);
      }
    }
    map = m;
    slots = new String[1]; // no longer read
    return m;
  }

  /**
   * The hash's bits mixed so that ids differing only at the end ({@code b1}, {@code b2}, …, whose
   * {@link String#hashCode} values are consecutive) do not fill one run of slots.
   */
  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
