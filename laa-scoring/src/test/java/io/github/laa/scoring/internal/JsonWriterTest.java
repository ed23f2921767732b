package io.github.laa.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.laa.core.testing.TestBudget;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The canonical JSON writer: JCS's escapes and member order, and refusals of malformed use. */
class JsonWriterTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String write(java.util.function.Consumer<JsonWriter> body) {
    JsonWriter w = new JsonWriter(4); // small, so that growing is tried too
    body.accept(w);
    return w.finish();
  }

  @Test
  void writesNestedObjectsAndArraysWithoutWhitespace() {
    String json =
        write(
            w ->
                w.beginObject()
                    .member("a", 1)
                    .name("b")
                    .beginArray()
                    .value(true)
                    .value("x")
                    .beginObject()
                    .endObject()
                    .beginArray()
                    .endArray()
                    .endArray()
                    .member("c", Long.MIN_VALUE)
                    .member("d", false)
                    .endObject());
    assertThat(json)
        .isEqualTo("{\"a\":1,\"b\":[true,\"x\",{},[]],\"c\":-9223372036854775808,\"d\":false}");
  }

  @Test
  void escapesAsJcsDoes() {
    // RFC 8785 §3.2.2.2: " and \ and the controls; \b \t \n \f \r by name, others as a
    // six-character escape, backslash u 00xx.
    String s = "\"\\\b\t\n\f\r\u0000\u001f/é€𝄞\u2028\u007f";
    String json = write(w -> w.value(s));
    assertThat(json).isEqualTo("\"\\\"\\\\\\b\\t\\n\\f\\r\\u0000\\u001f/é€𝄞\u2028\u007f\"");
    assertThat(JSON.readValue(json, String.class)).isEqualTo(s);
  }

  @Test
  void escapesLoneSurrogatesSoThatTheOutputIsValidUtf8() {
    String s = "a\ud800b\udc00c\ud83d";
    String json = write(w -> w.value(s));
    assertThat(json).isEqualTo("\"a\\ud800b\\udc00c\\ud83d\"");
  }

  @Test
  void anyStringReadsBackAsItself() {
    qt().withExamples(TestBudget.examples(2_000))
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            s -> {
              boolean wellFormed = s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
              String json = write(w -> w.beginObject().member("k", s).endObject());
              if (wellFormed) {
                assertThat(JSON.readTree(json).get("k").asString()).isEqualTo(s);
              }
              assertThat(json.chars().filter(c -> c < 0x20)).isEmpty();
            });
  }

  @Test
  void refusesMembersOutOfCanonicalOrder() {
    assertThatThrownBy(() -> write(w -> w.beginObject().member("b", 1).member("a", 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("member \"a\" must come before \"b\" in canonical order");
    assertThatThrownBy(() -> write(w -> w.beginObject().member("a", 1).member("a", 2)))
        .isInstanceOf(IllegalStateException.class);
    // UTF-16 code unit order, as JCS sorts: "Z" < "a" < "é".
    assertThat(write(w -> w.beginObject().member("Z", 1).member("a", 2).member("é", 3).endObject()))
        .isEqualTo("{\"Z\":1,\"a\":2,\"é\":3}");
    // Order is per object: an inner object starts afresh.
    assertThat(
            write(
                w ->
                    w.beginObject()
                        .name("b")
                        .beginObject()
                        .member("z", 1)
                        .endObject()
                        .member("c", 2)
                        .endObject()))
        .isEqualTo("{\"b\":{\"z\":1},\"c\":2}");
  }

  @Test
  void refusesMalformedDocuments() {
    assertThatThrownBy(() -> write(w -> w.beginObject().value(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name is due");
    assertThatThrownBy(() -> write(w -> w.beginArray().name("a")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> write(w -> w.beginObject().name("a").endObject()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> write(w -> w.beginArray().endObject()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> write(w -> w.beginObject().endArray()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> write(w -> w.beginObject()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not complete");
  }

  @Test
  void nestsDeeperThanItsFirstStack() {
    String json =
        write(
            w -> {
              for (int i = 0; i < 40; i++) {
                w.beginArray();
              }
              for (int i = 0; i < 40; i++) {
                w.endArray();
              }
            });
    assertThat(json).isEqualTo("[".repeat(40) + "]".repeat(40));
  }
}
