package io.github.laa.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laa.core.InvalidDataException;
import io.github.laa.core.tables.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The London cohort's CSV tables, and folders of tables read and written. */
class TableFilesTest {
  private static final Dataset ILLUSTRATIVE =
      Dataset.of(
          IllustrativeCohort.agreements(), List.of(IllustrativeCohort.HMT_2004_ILLUSTRATION));

  @Test
  void theLondonTablesHoldTheIllustrativeCohort() {
    assertThat(TableFiles.london()).isEqualTo(ILLUSTRATIVE);
    assertThat(LondonReport.render()).isEqualTo(LondonReport.render(ILLUSTRATIVE));
  }

  @Test
  void aFolderWrittenReadsBackEqual(@TempDir Path dir) throws IOException {
    TableFiles.write(ILLUSTRATIVE, dir);

    assertThat(TableFiles.read(dir)).isEqualTo(ILLUSTRATIVE);
    assertThat(Files.readString(dir.resolve("agreements.csv"), StandardCharsets.UTF_8))
        .startsWith(
            "Area code,Area name,Area kind,Round\r\nE09000011,Greenwich,London borough,Pilot\r\n");
  }

  @Test
  void bytesThatAreNotUtf8AreAProblemOfTheirCell(@TempDir Path dir) throws IOException {
    TableFiles.write(ILLUSTRATIVE, dir);
    byte[] latin1 =
        "Area,Body id,Body name,Income\nE09000011,cvs,Caf\u00e9 CVS,£1\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("bodies.csv"), latin1);

    assertThatThrownBy(() -> TableFiles.read(dir))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining(
            "bodies.csv row 2, \"Body name\": must not contain U+FFFD, the mark of bytes that"
                + " could not be decoded (is the text UTF-8?), but has it at index 3");
  }
}
