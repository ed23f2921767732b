package io.github.laa.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tests' view of JSON decision records: the shipped schema, validated with a real validator
 * (networknt, draft 2020-12), and records read back with Jackson.
 */
final class JsonRecords {
  /** Where the schema ships in laa-scoring's jar. */
  static final String SCHEMA_RESOURCE = "/META-INF/laa/decision-record.schema.json";

  static final String SCHEMA_TEXT = read(SCHEMA_RESOURCE);

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(SCHEMA_TEXT, InputFormat.JSON);

  /** Reads JSON; writes it back with every object's members sorted by name, as JCS orders them. */
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .build();

  private JsonRecords() {}

  /** The schema's complaints about {@code json}; none for a valid record. */
  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  /** Checks {@code json} is a valid record in canonical form, and returns it parsed. */
  static JsonNode valid(String json) {
    assertThat(errors(json)).as("schema errors of %s", shorten(json)).isEmpty();
    assertThat(canonical(json)).as("canonical form").isEqualTo(json);
    return MAPPER.readTree(json);
  }

  /**
   * {@code json} parsed into maps and lists and written again with every object's members sorted:
   * equal to {@code json} exactly when it was already in canonical order without whitespace.
   */
  static String canonical(String json) {
    Object tree = MAPPER.readValue(json, Object.class);
    return MAPPER.writeValueAsString(tree);
  }

  static String shorten(String json) {
    return json.length() <= 400 ? json : json.substring(0, 400) + "…";
  }

  private static String read(String resource) {
    try (InputStream in = JsonRecords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
