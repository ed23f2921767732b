package io.github.laa.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.laa.core.InvalidDataException;
import io.github.laa.core.Problem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FromYourOwnDataTest {
  @Test
  void buildsFromRowsAndListsEveryProblemOfBadRows() {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      FromYourOwnData.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Built from 10 grant rows: 10 allocations to 3 VCS bodies.")
        // Baseline £45,000 + £12,000 + £2,500 = £59,500; the tightest year, 2007/08, has
        // £47,000 + £13,000 = £60,000: £500 of headroom.
        .contains(
            "Net resource loss: PASS — VCS resources in 2007/08 could fall by £500.00 before a net loss")
        .contains("LocalAreaAgreement for Camden is invalid (3 problems):")
        .contains("  path=allocations[1].recipient  message=no VCS body \"SUNRIZE\"")
        .contains("  path=allocations[2].year  message=must be 2008/09 or earlier but was: 2010/11")
        .contains("  path=allocations[3].stream  message=no stream \"lottery\"")
        .contains("but was: \"twelve thousand\"");
  }

  @Test
  void badRowsRaiseOneExceptionWithEveryProblem() {
    InvalidDataException e =
        catchThrowableOfType(
            InvalidDataException.class,
            () -> FromYourOwnData.build(FromYourOwnData.ORGANISATIONS, FromYourOwnData.BAD_GRANTS));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "allocations[1].recipient", "allocations[2].year", "allocations[3].stream");
  }
}
