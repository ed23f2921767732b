package io.github.laa.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of the two library modules, checked on their compiled main classes: laa-core knows
 * nothing of scoring; the engine ({@code io.github.laa.scoring}) knows nothing of its LVSC 2006
 * content ({@code io.github.laa.scoring.lvsc}); machinery ({@code ..internal}) depends on no API
 * package of its own module; no package cycle; no I/O, clock or environment anywhere.
 */
class ArchitectureTest {
  private static final String CORE = "io.github.laa.core";
  private static final String CORE_INTERNAL = "io.github.laa.core.internal";
  private static final String ENGINE = "io.github.laa.scoring";

  /** The engine's CSV writer and its nested classes: the one scoring class that uses FastCSV. */
  private static final String CSV_WRITER = "io\\.github\\.laa\\.scoring\\.CsvReport(\\$.*)?";

  private static final String LVSC = "io.github.laa.scoring.lvsc";
  private static final String SCORING_INTERNAL = "io.github.laa.scoring.internal";

  private static final JavaClasses LIBRARY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.laa.core", "io.github.laa.scoring");

  @Test
  void theImportSeesBothLibraryModules() {
    // A rule over an empty import would pass vacuously: make sure both modules were read.
    for (String name :
        new String[] {
          CORE + ".Money",
          CORE_INTERNAL + ".AllocationTable",
          ENGINE + ".Policy",
          LVSC + ".NetResourceLossRule",
          SCORING_INTERNAL + ".Fractions"
        }) {
      assertThat(LIBRARY.contain(name) && LIBRARY.get(name).isFullyImported())
          .as("%s imported from its class file", name)
          .isTrue();
    }
    assertThat(LIBRARY.contain("io.github.laa.scoring.testing.LaaAssertions"))
        .as("test classes are not imported")
        .isFalse();
  }

  @Test
  void laaCoreDependsOnNothingInLaaScoring() {
    noClasses()
        .that()
        .resideInAPackage(CORE + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ENGINE + "..")
        .check(LIBRARY);
  }

  @Test
  void theEngineDependsNeitherOnTheLvscContentNorOnAnyOtherContent() {
    noClasses()
        .that()
        .resideInAPackage(ENGINE)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(LVSC + "..")
        .check(LIBRARY);
  }

  /** The engine reads core's tables only for the agreement's fingerprint (Tables.sha256). */
  @Test
  void theEngineDependsOnlyOnTheDomainItsMachineryGuavaJspecifyAndTheJdk() {
    // The one exception, its CSV writer, may use FastCSV as well (see the test below).
    noClasses()
        .that()
        .resideInAPackage(ENGINE)
        .and()
        .haveNameNotMatching(CSV_WRITER)
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            ENGINE,
            SCORING_INTERNAL,
            CORE,
            CORE_INTERNAL,
            CORE + ".tables",
            "com.google.common..",
            "com.google.errorprone.annotations..",
            "org.jspecify.annotations..",
            "java..")
        .check(LIBRARY);
  }

  @Test
  void machineryDependsOnNoApiPackageOfItsOwnModule() {
    noClasses()
        .that()
        .resideInAPackage(SCORING_INTERNAL)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ENGINE, LVSC)
        .check(LIBRARY);
    noClasses()
        .that()
        .resideInAPackage(CORE_INTERNAL)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ENGINE + "..")
        .check(LIBRARY);
  }

  @Test
  void renderingIsNotPublic() {
    // One way to render: the result types' toText()/toMarkdown()/toHtml()/toJson()/…Csv(); the
    // renderers are not API.
    for (String name :
        new String[] {
          "ScorecardReport", "CohortReport", "CsvReport", "HtmlReport", "Charts", "DecisionRecords"
        }) {
      JavaClass c = LIBRARY.get(ENGINE + "." + name);
      assertThat(c.getModifiers()).as(name).doesNotContain(JavaModifier.PUBLIC);
    }
  }

  @Test
  void onlyTheTablesPackageAndTheScoringCsvWriterReadOrWriteCsv() {
    noClasses()
        .that()
        .resideOutsideOfPackage(CORE + ".tables")
        .and()
        .haveNameNotMatching(CSV_WRITER)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("de.siegmar.fastcsv..")
        .check(LIBRARY);
    assertThat(LIBRARY.contain(CORE + ".tables.Sheet")).as("the tables package imported").isTrue();
    assertThat(LIBRARY.contain(ENGINE + ".CsvReport")).as("the CSV writer imported").isTrue();
  }

  @Test
  void noPackageDependsOnItselfThroughAnother() {
    slices().matching("io.github.laa.(**)").should().beFreeOfCycles().check(LIBRARY);
  }

  @Test
  void theLibraryDoesNoIoReadsNoClockAndNoEnvironment() {
    noClasses()
        .that()
        .resideInAnyPackage("io.github.laa..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.nio.file..", "java.net..", "java.nio.channels..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.File")
        .orShould()
        .dependOnClassesThat()
        .haveNameMatching("java\\.io\\.(File|Random).*")
        .orShould()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .accessField(System.class, "in")
        .orShould()
        .callMethod(System.class, "getenv")
        .orShould()
        .callMethod(System.class, "getenv", String.class)
        .orShould()
        .callMethod(System.class, "getProperty", String.class)
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.time.Clock")
        .check(LIBRARY);
  }
}
