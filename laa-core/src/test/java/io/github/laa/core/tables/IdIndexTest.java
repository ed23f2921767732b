package io.github.laa.core.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reader's index of ids: each id once, found from equal text, whatever the hashes. */
class IdIndexTest {
  @Test
  void anIdIsFoundFromEqualTextAsTheInstanceFirstAdded() {
    IdIndex index = new IdIndex();
    String cvs = new String("cvs".toCharArray());
    assertThat(index.add(cvs)).isTrue();
    assertThat(index.add(new String("cvs".toCharArray()))).isFalse();
    assertThat(index.get(new String("cvs".toCharArray()))).isSameAs(cvs);
    assertThat(index.get("cv")).isNull();
    assertThat(index.get("cvs ")).isNull();
    assertThat(index.contains("")).isFalse();
  }

  @Test
  void idsWithTheSameHashAreToldApart() {
    IdIndex index = new IdIndex();
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(index.add("Aa")).isTrue();
    assertThat(index.add("BB")).isTrue();
    assertThat(index.get("BB")).isEqualTo("BB");
    assertThat(index.get("Aa")).isEqualTo("Aa");
    assertThat(index.get("AaAa")).isNull();
  }

  @Test
  void itGrowsAndKeepsEveryId() {
    IdIndex index = new IdIndex();
    Set<String> added = new HashSet<>();
    for (int i = 0; i < 50_000; i++) {
      String id = "b" + (i * 7919 % 100_003);
      assertThat(index.add(id)).isEqualTo(added.add(id));
    }
    for (int i = 0; i < 100_003; i += 13) {
      String id = "b" + i;
      assertThat(index.contains(id)).isEqualTo(added.contains(id));
    }
    assertThat(index.get("b" + 7919)).isEqualTo("b7919");
  }

  @Test
  void manyIdsWithOneHashMoveToAMapAndAreAllFound() {
    IdIndex index = new IdIndex();
    List<String> ids = new ArrayList<>();
    for (int bits = 0; bits < 1 << 14; bits++) { // 16,384 ids of 14 pairs, "Aa" or "BB" each
      StringBuilder id = new StringBuilder();
      for (int k = 0; k < 14; k++) {
        id.append((bits >> k & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
    }
    assertThat(ids.stream().map(String::hashCode).distinct()).hasSize(1);
    for (String id : ids.subList(0, 10_000)) {
      assertThat(index.add(id)).isTrue();
    }
    assertThat(index.inMap()).isTrue();
    for (String id : ids.subList(0, 10_000)) {
      assertThat(index.add(new String(id.toCharArray()))).isFalse();
      assertThat(index.get(new String(id.toCharArray()))).isSameAs(id);
    }
    for (String id : ids.subList(10_000, ids.size())) {
      assertThat(index.contains(id)).isFalse();
    }
  }

  @Test
  void idsWithDifferentHashesStayInTheArray() {
    IdIndex index = new IdIndex();
    for (int i = 0; i < 200_000; i++) {
      index.add("b" + i);
    }
    assertThat(index.inMap()).isFalse();
  }
}
