package io.github.laa.examples;

import io.github.laa.core.InvalidDataException;
import io.github.laa.core.tables.Dataset;
import io.github.laa.core.tables.Table;
import io.github.laa.core.tables.TableReader;
import io.github.laa.core.tables.Tables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables in a folder of CSV files, for programs and JShell: the library itself opens no file, so
 * this is where files are opened. Each table is the file named by {@link Table#fileName()} ({@code
 * agreements.csv}, {@code allocations.csv}, …); a file that is not there is a table without rows.
 *
 * <pre>{@code
 * var data = TableFiles.read(Path.of("my-borough"));
 * var card = Lvsc2006.policy().score(data.agreements().get(0));
 * TableFiles.write(data, Path.of("target/copy"));
 * }</pre>
 *
 * <p>Files are read as UTF-8 (with or without a byte order mark); bytes that are not UTF-8 become
 * U+FFFD, which the reader reports at its row and column, rather than stopping the reading.
 */
public final class TableFiles {
  /** The folder, on the class path, of the illustrative London cohort's tables. */
  public static final String LONDON = "/london";

  private TableFiles() {}

  /**
   * Reads the tables in {@code folder}.
   *
   * @throws InvalidDataException listing every problem, each with its file, row and column
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Dataset read(Path folder) {
    TableReader reader = Tables.reader();
    List<Reader> open = new ArrayList<>();
    try {
      for (Table t : Table.values()) {
        Path file = folder.resolve(t.fileName());
        if (Files.isRegularFile(file)) {
          Reader r = utf8(Files.newInputStream(file));
          open.add(r);
          reader.add(t, file.getFileName().toString(), r);
        }
      }
      return reader.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeAll(open);
    }
  }

  /** Reads the tables in a folder on the class path, such as {@link #LONDON}. */
  public static Dataset readResources(String folder) {
    TableReader reader = Tables.reader();
    List<Reader> open = new ArrayList<>();
    try {
      for (Table t : Table.values()) {
        InputStream in = TableFiles.class.getResourceAsStream(folder + "/" + t.fileName());
        if (in != null) {
          Reader r = utf8(in);
          open.add(r);
          reader.add(t, r);
        }
      }
      return reader.read();
    } finally {
      closeAll(open);
    }
  }

  /** The illustrative London cohort, read from its tables. */
  public static Dataset london() {
    return readResources(LONDON);
  }

  /**
   * Writes every table of {@code data} into {@code folder} (created if need be) as UTF-8 files.
   *
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void write(Dataset data, Path folder) {
    try {
      Files.createDirectories(folder);
      for (Table t : Table.values()) {
        try (Writer w =
            Files.newBufferedWriter(folder.resolve(t.fileName()), StandardCharsets.UTF_8)) {
          Tables.write(data, t, w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reader utf8(InputStream in) {
    return new BufferedReader(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)));
  }

  private static void closeAll(List<Reader> readers) {
    for (Reader r : readers) {
      try {
        r.close();
      } catch (IOException e) {
        // Closing after reading: nothing is lost.
      }
    }
  }
}
