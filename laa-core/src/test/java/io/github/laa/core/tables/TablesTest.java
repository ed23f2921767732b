package io.github.laa.core.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.laa.core.Allocation;
import io.github.laa.core.Area;
import io.github.laa.core.AreaKind;
import io.github.laa.core.Areas;
import io.github.laa.core.Block;
import io.github.laa.core.BlockInvolvement;
import io.github.laa.core.BlockType;
import io.github.laa.core.CommissioningPractice;
import io.github.laa.core.DeflatorSeries;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.FundingMode;
import io.github.laa.core.FundingStream;
import io.github.laa.core.Indicator;
import io.github.laa.core.InfrastructureProfile;
import io.github.laa.core.InvalidDataException;
import io.github.laa.core.Involvement;
import io.github.laa.core.InvolvementLevel;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Outcome;
import io.github.laa.core.Percentage;
import io.github.laa.core.Purpose;
import io.github.laa.core.Round;
import io.github.laa.core.SizeBand;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.Stage;
import io.github.laa.core.Target;
import io.github.laa.core.VcsBody;
import io.github.laa.core.VcsRole;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tables read into the agreements they describe, write back without loss, and name problems. */
class TablesTest {
  static final String AGREEMENTS = "Area code,Area name,Round\nE09000011,Greenwich,Pilot\n";
  static final String BLOCKS = "Block,Stream\nSSC,nrf\nSSC,sure\nCYP,\n";
  static final String STREAMS =
      "Stream id,Stream name,Ring-fenced\n"
          + "nrf,Neighbourhood Renewal Fund,no\n"
          + "sure,Sure Start,yes\n";
  static final String BODIES =
      "Body id,Body name,Income,Role\n"
          + "cvs,Greenwich CVS,£450k,Infrastructure\n"
          + "youth,\"Youth, \"\"First\"\"\",\"£40,000\",\n";
  static final String ALLOCATIONS =
      "Recipient,Stream,Year,Amount,Purpose\n"
          + "cvs,nrf,2004/05,\"£100,000\",Infrastructure support\n"
          + "youth,,2005/06,12400,service delivery\n";

  static TableReader greenwich() {
    return Tables.reader()
        .add(Table.AGREEMENTS, AGREEMENTS)
        .add(Table.BLOCKS, BLOCKS)
        .add(Table.STREAMS, STREAMS)
        .add(Table.BODIES, BODIES);
  }

  @Test
  void tablesReadIntoTheAgreementTheyDescribe() {
    Dataset data = greenwich().add(Table.ALLOCATIONS, ALLOCATIONS).read();

    LocalAreaAgreement expected =
        LocalAreaAgreement.builder()
            .area(Areas.byCode("E09000011").orElseThrow())
            .round(Round.PILOT)
            .addBlock(
                Block.builder()
                    .type(BlockType.SAFER_AND_STRONGER_COMMUNITIES)
                    .addStreams("nrf", "sure")
                    .build())
            .addBlock(Block.of(BlockType.CHILDREN_AND_YOUNG_PEOPLE))
            .addStream(FundingStream.of("nrf", "Neighbourhood Renewal Fund"))
            .addStream(
                FundingStream.builder().id("sure").name("Sure Start").ringFenced(true).build())
            .addBody(
                VcsBody.builder()
                    .id("cvs")
                    .name("Greenwich CVS")
                    .income(Money.ofPounds(450_000))
                    .role(VcsRole.INFRASTRUCTURE)
                    .build())
            .addBody(
                VcsBody.builder()
                    .id("youth")
                    .name("Youth, \"First\"")
                    .income(Money.ofPounds(40_000))
                    .build())
            .addAllocation(
                Allocation.builder().recipient("cvs").stream("nrf")
                    .year(FinancialYear.of(2004))
                    .amount(Money.ofPounds(100_000))
                    .purpose(Purpose.INFRASTRUCTURE_SUPPORT)
                    .build())
            .addAllocation(
                Allocation.builder()
                    .recipient("youth")
                    .year(FinancialYear.of(2005))
                    .amount(Money.ofPounds(12_400))
                    .purpose(Purpose.SERVICE_DELIVERY)
                    .build())
            .build();
    assertThat(data.agreements()).containsExactly(expected);
    assertThat(data.agreement("greenwich")).contains(expected);
    assertThat(data.agreement("E09000011")).contains(expected);
    assertThat(data.deflators()).isEmpty();
  }

  @Test
  void writtenTablesAreRfc4180WithCrlfAndEverydayWords() {
    Dataset data = greenwich().add(Table.ALLOCATIONS, ALLOCATIONS).read();
    ImmutableMap<Table, String> csv = Tables.write(data);

    assertThat(csv.keySet()).containsExactly(Table.values());
    assertThat(csv.get(Table.BODIES))
        .isEqualTo(
            "Area,Body id,Body name,Income,Income band,Role,Community-based\r\n"
                + "E09000011,cvs,Greenwich CVS,\"£450,000.00\",,Infrastructure,no\r\n"
                + "E09000011,youth,\"Youth, \"\"First\"\"\",\"£40,000.00\",,Frontline,no\r\n");
    assertThat(csv.get(Table.ALLOCATIONS))
        .isEqualTo(
            "Area,Recipient,Stream,Year,Amount,Purpose,Outcome,Term (years),Full cost recovery,"
                + "Paid in advance\r\n"
                + "E09000011,cvs,nrf,2004/05,\"£100,000.00\",Infrastructure support,,1,no,no\r\n"
                + "E09000011,youth,,2005/06,\"£12,400.00\",Service delivery,,1,no,no\r\n");
    assertThat(csv.get(Table.TARGETS))
        .isEqualTo("Area,Indicator code,Year,Baseline,Target,Stretch\r\n");
    assertThat(readAll(csv)).isEqualTo(data);
  }

  @Test
  void everyKindOfFactSurvivesWritingAndReading() {
    Dataset data = Dataset.of(List.of(everything(), camden()), List.of(deflators()));
    ImmutableMap<Table, String> csv = Tables.write(data);

    assertThat(readAll(csv)).isEqualTo(data);
    assertThat(Tables.write(readAll(csv))).isEqualTo(csv);
  }

  @Test
  void aCellASpreadsheetWouldRunAsAFormulaIsWrittenWithAQuoteBeforeIt() {
    Dataset data = Dataset.of(List.of(everything()));
    String bodies = Tables.write(data).get(Table.BODIES);

    assertThat(bodies)
        .contains(",\"'=HYPERLINK(\"\"x\"\")\",")
        .contains(",'+44 group,")
        .contains(",'@home,")
        .contains(",''=not a formula,")
        .contains(",'hello,");
    assertThat(readAll(Tables.write(data)).agreements().get(0).bodies())
        .extracting(VcsBody::name)
        .contains("=HYPERLINK(\"x\")", "+44 group", "@home", "'=not a formula", "'hello");
  }

  @Test
  void aByteOrderMarkAndLfOrCrlfLineEndsReadAlike() {
    Dataset lf = greenwich().add(Table.ALLOCATIONS, ALLOCATIONS).read();
    Dataset crlfAndBom =
        Tables.reader()
            .add(Table.AGREEMENTS, "\uFEFF" + AGREEMENTS.replace("\n", "\r\n"))
            .add(Table.BLOCKS, BLOCKS.replace("\n", "\r\n"))
            .add(Table.STREAMS, "\uFEFF" + STREAMS)
            .add(Table.BODIES, BODIES.replace("\n", "\r\n"))
            .add(Table.ALLOCATIONS, ALLOCATIONS.replace("\n", "\r\n") + "\r\n\r\n")
            .read();
    assertThat(crlfAndBom).isEqualTo(lf);
  }

  @Test
  void headersMatchIgnoringCaseAndOrderAndUnknownColumnsAreIgnored() {
    Dataset data =
        greenwich()
            .add(
                Table.ALLOCATIONS,
                " purpose ,AMOUNT,year,Notes,recipient,stream\n"
                    + "Infrastructure support,\"£100,000\",2004/05,first,cvs,nrf\n"
                    + "Service delivery,12400,2005/06,,youth,\n")
            .read();
    assertThat(data).isEqualTo(greenwich().add(Table.ALLOCATIONS, ALLOCATIONS).read());
  }

  @Test
  void aFileWithFiveDifferentProblemsGetsOneExceptionNamingEachRowAndColumn() {
    String allocations =
        "Recipient,Stream,Year,Amount,Purpose\n"
            + "cvs,nrf,2004/05,\"12,34\",Infrastructure support\n"
            + "ghost,,2005/06,£12400,grants\n"
            + "ghost,nrf,2009/10,£1,Core\n"
            + "youth,nrf,2006/07,£500,Core,extra\n"
            + "youth,nrf,06/07,£500,Core\n";

    assertThatThrownBy(() -> greenwich().add(Table.ALLOCATIONS, allocations).read())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Table data is invalid (5 problems):\n"
                + "  allocations.csv row 2, \"Amount\": not an amount: \"12,34\" (write it like"
                + " £12,400, 12400.50 or £1.2m)\n"
                + "  allocations.csv row 3, \"Purpose\": must be one of: Service delivery,"
                + " Capacity building, Infrastructure support, Small grants, Performance"
                + " support, Core (any case) but was: \"grants\"\n"
                + "  allocations.csv row 4, \"Year\": must be in 2007/08 (the agreement's last"
                + " year) or earlier but was: 2009/10\n"
                + "  allocations.csv row 6, \"Year\": not a financial year: \"06/07\" (write it"
                + " like 2006/07)\n"
                + "  allocations.csv rows 3 and 4, \"Recipient\": no VCS body \"ghost\" in"
                + " bodies.csv");
  }

  @Test
  void everyRowIsCheckedAndAMissingIdIsReportedOnceWithItsRows() {
    StringBuilder rows = new StringBuilder("Recipient,Year,Amount,Purpose\n");
    for (int i = 0; i < 12; i++) {
      rows.append("ghost,2005/06,£1,Core\n");
    }
    rows.append("cvs,2005/06,£-1,Core\n");
    InvalidDataException e = catchInvalid(greenwich().add(Table.ALLOCATIONS, rows.toString()));
    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "allocations.csv row 14, \"Amount\": not an amount: \"£-1\" (write it like £12,400,"
                + " 12400.50 or £1.2m)",
            "allocations.csv rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more, \"Recipient\": no"
                + " VCS body \"ghost\" in bodies.csv");
  }

  @Test
  void rowsAreNumberedAsASpreadsheetShowsThem() {
    String allocations =
        "Recipient,Year,Amount,Purpose,Notes\n"
            + "cvs,2005/06,£1,Core,\"two\nlines\"\n"
            + "\n"
            + "cvs,2005/06,£x,Core,\n";
    assertThat(catchInvalid(greenwich().add(Table.ALLOCATIONS, allocations)).problems())
        .extracting(Object::toString)
        .containsExactly(
            "allocations.csv row 4, \"Amount\": not an amount: \"£x\" (write it like £12,400,"
                + " 12400.50 or £1.2m)");
  }

  @Test
  void theTextOfATableItselfIsChecked() {
    assertThat(problems(Tables.reader().add(Table.AGREEMENTS, "")))
        .containsExactly("agreements.csv: is empty: a table needs a header row");
    assertThat(problems(Tables.reader().add(Table.AGREEMENTS, "Area code,Name\nE09000011,x\n")))
        .containsExactly(
            "agreements.csv row 1: has no column \"Round\"; its columns are: Area code, Area"
                + " name, Area kind, Round",
            "agreements.csv row 2, \"Round\": must be set");
    assertThat(
            problems(
                Tables.reader()
                    .add(Table.AGREEMENTS, "Area code,Round,round\nE09000011,Pilot,Pilot\n")))
        .contains("agreements.csv row 1: column \"round\" appears twice (columns 2 and 3)");
    assertThat(
            problems(
                greenwich()
                    .add(
                        Table.ALLOCATIONS,
                        "Recipient,Year,Amount,Purpose\n\"cvs,2005/06,£1,Core\n")))
        .containsExactly(
            "allocations.csv row 2: the text has an odd number of \" characters: a quoted cell is"
                + " never closed (then everything from its opening quote to the end, up to this"
                + " row, was read as one cell), or a \" stands in a cell that is not quoted (RFC"
                + " 4180 wants that cell quoted and the \" doubled)",
            "allocations.csv row 2, \"Year\": must be set: a financial year like 2006/07",
            "allocations.csv row 2, \"Amount\": must be set: an amount like £12,400",
            "allocations.csv row 2, \"Purpose\": must be set",
            "allocations.csv row 2, \"Recipient\": no VCS body \"cvs,2005/06,£1,Core\" in"
                + " bodies.csv");
    assertThat(problems(Tables.reader().add(Table.BLOCKS, BLOCKS)))
        .containsExactly(
            "agreements.csv: was not given: every set of tables needs agreements.csv, one row per"
                + " agreement");
  }

  @Test
  void aHugeCellIsAProblemOfItsRowAndReadingGoesOn() {
    String huge = "x".repeat(1_000_000);
    assertThat(
            problems(
                greenwich()
                    .add(
                        Table.ALLOCATIONS,
                        "Recipient,Year,Amount,Purpose\n"
                            + huge
                            + ",2005/06,£1,Core\ncvs,2005/06,£y,Core\n")))
        .containsExactly(
            "allocations.csv row 2, \"Recipient\": is 1,000,000 characters long, past the"
                + " longest cell read (10,000 characters)",
            "allocations.csv row 3, \"Amount\": not an amount: \"£y\" (write it like £12,400,"
                + " 12400.50 or £1.2m)");
    String past = "x".repeat(2_000_000);
    assertThat(
            problems(
                greenwich()
                    .add(Table.ALLOCATIONS, "Recipient,Year,Amount,Purpose\n" + past + "\n")))
        .singleElement()
        .asString()
        .startsWith("allocations.csv row 2: cannot be read as CSV (")
        .endsWith("); the rest of the table was not read");
  }

  @Test
  void aMillionBadRowsCostAThousandProblemsAndRowsPastTheLimitAreNotRead() {
    StringBuilder rows = new StringBuilder("Recipient,Year,Amount,Purpose\n");
    for (int i = 0; i <= 1_000_001; i++) {
      rows.append("cvs,2005/06,£x,Core\n");
    }
    InvalidDataException e = catchInvalid(greenwich().add(Table.ALLOCATIONS, rows.toString()));
    assertThat(e.problemCount()).isEqualTo(1_000_001);
    assertThat(e.problems()).hasSize(InvalidDataException.MAX_KEPT_PROBLEMS);
    assertThat(e.problems().get(0))
        .hasToString(
            "allocations.csv row 1000002: the table has more than 1,000,000 rows; the rest was"
                + " not read");
    assertThat(e.getMessage())
        .endsWith("… and 999951 more")
        .contains("allocations.csv row 2, \"Amount\": not an amount: \"£x\"");
  }

  @Test
  void rowsForAnUnknownAreaAreReportedOnceAndAnAreaColumnIsNeededForManyAgreements() {
    String two = AGREEMENTS + "E09000007,Camden,Round 2\n";
    assertThat(
            problems(
                Tables.reader()
                    .add(Table.AGREEMENTS, two)
                    .add(Table.BLOCKS, "Area,Block\nGreenwich,SSC\ncamden,CYP\nAtlantis,SSC\n")
                    .add(Table.STREAMS, "Stream id,Stream name\nnrf,NRF\n")))
        .containsExactly(
            "streams.csv row 1: has no column \"Area\"; it is needed when agreements.csv has 2"
                + " agreements, to say which each row is for",
            "blocks.csv row 4, \"Area\": no agreement for \"Atlantis\" in agreements.csv (by GSS"
                + " code or area name)");
  }

  @Test
  void agreementRowsAreCheckedAndAreasOutsideLondonNeedTheirName() {
    assertThat(
            problems(
                Tables.reader()
                    .add(
                        Table.AGREEMENTS,
                        "Area code,Area name,Area kind,Round\n"
                            + "E08000025,,,Round 2\n"
                            + "X1,Nowhere,,Pilot\n"
                            + "E09000011,Greenwich,,Round 9\n"
                            + "E09000011,Greenwich,,Pilot\n")))
        .containsExactly(
            "agreements.csv row 2, \"Area name\": must be set for an area outside London",
            "agreements.csv row 3, \"Area code\": must be a GSS code, E and eight digits like"
                + " \"E09000011\", but was: \"X1\"",
            "agreements.csv row 4, \"Round\": must be one of: Pilot, Round 2, Round 3, New LAA"
                + " (2008) (any case) but was: \"Round 9\"",
            "agreements.csv row 5: the agreement for \"Greenwich\" has no rows in blocks.csv: an"
                + " agreement needs at least one block");
    Dataset birmingham =
        Tables.reader()
            .add(Table.AGREEMENTS, "Area code,Area name,Round\nE08000025,Birmingham,Round 2\n")
            .add(Table.BLOCKS, "Block\nEDE\n")
            .read();
    assertThat(birmingham.agreements().get(0).area())
        .isEqualTo(Area.of("E08000025", "Birmingham", AreaKind.METROPOLITAN_DISTRICT));
  }

  @Test
  void blocksOverRowsAreCheckedForConsistency() {
    assertThat(
            problems(
                Tables.reader()
                    .add(Table.AGREEMENTS, AGREEMENTS)
                    .add(Table.STREAMS, STREAMS)
                    .add(
                        Table.BLOCKS,
                        "Block,Block id,Block name,Stream\n"
                            + "SSC,,,nrf\n"
                            + "CYP,SSC,,sure\n"
                            + "SSC,,Other name,sure\n"
                            + "SSC,,,nrf\n"
                            + "EDE,,,\n"
                            + "Local theme,,,\n")))
        .containsExactly(
            "blocks.csv row 3, \"Block\": must be Safer and Stronger Communities as in row 2 of"
                + " block \"SSC\" but was: \"CYP\"",
            "blocks.csv row 4, \"Block name\": must be empty or \"Safer and Stronger"
                + " Communities\" as in row 2 but was: \"Other name\"",
            "blocks.csv row 4, \"Stream\": repeats stream \"sure\" of block \"SSC\" in row 3",
            "blocks.csv row 5, \"Stream\": repeats stream \"nrf\" of block \"SSC\" in row 2",
            "blocks.csv row 6, \"Block\": must not be Economic Development and Enterprise before"
                + " round 2, but the agreement is a Pilot agreement",
            "blocks.csv row 7, \"Block id\": must be set for a local theme");
  }

  @Test
  void grantsIn360GivingFormReadAsAllocations() {
    String grants =
        "Identifier,Title,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,"
            + "Recipient Org:Name,Funding Org:Identifier,Funding Org:Name,"
            + "Beneficiary Location:Geographic Code,Insights:Recipient Org:Latest Income:Bands,"
            + "Purpose,Stream\n"
            + "360G-gre-1,Youth work,GBP,12400,2005-06-14,GB-CHC-1,Youth Club,GB-LAE-GRE,"
            + "Greenwich Council,E09000011,£10k - £100k,Service delivery,nrf\n"
            + "360G-gre-2,Youth work,gbp,500.50,2006-03-31T00:00:00,GB-CHC-1,Youth Club,"
            + "GB-LAE-GRE,Greenwich Council,E09000011,£10k - £100k,Service delivery,\n"
            + "360G-gre-3,Core,GBP,7000,2006-04-01,cvs,ignored,GB-LAE-GRE,Greenwich Council,"
            + "E09000011,,Core,\n";
    Dataset data =
        greenwich().add(Table.ALLOCATIONS, "grants.csv", new StringReader(grants)).read();
    LocalAreaAgreement laa = data.agreements().get(0);

    assertThat(laa.body("GB-CHC-1"))
        .contains(
            VcsBody.builder().id("GB-CHC-1").name("Youth Club").incomeBand(SizeBand.SMALL).build());
    assertThat(laa.body("cvs").orElseThrow().name()).isEqualTo("Greenwich CVS");
    assertThat(laa.allocations())
        .containsExactly(
            Allocation.builder().recipient("GB-CHC-1").stream("nrf")
                .year(FinancialYear.of(2005))
                .amount(Money.ofPounds(12_400))
                .purpose(Purpose.SERVICE_DELIVERY)
                .build(),
            Allocation.builder()
                .recipient("GB-CHC-1")
                .year(FinancialYear.of(2005))
                .amount(Money.ofPence(50_050))
                .purpose(Purpose.SERVICE_DELIVERY)
                .build(),
            Allocation.builder()
                .recipient("cvs")
                .year(FinancialYear.of(2006))
                .amount(Money.ofPounds(7_000))
                .purpose(Purpose.CORE)
                .build());
    assertThat(readAll(Tables.write(data))).isEqualTo(data);
  }

  @Test
  void grantProblemsNameTheir360GivingColumns() {
    String grants =
        "Identifier,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,"
            + "Recipient Org:Name,Purpose\n"
            + "g1,EUR,12400,2005-06-14,GB-CHC-1,Youth Club,Core\n"
            + "g1,GBP,12400,14/06/2005,GB-CHC-2,Advice Centre,Core\n"
            + "g3,GBP,1,2005-06-14,GB-CHC-3,,Core\n"
            + "g4,GBP,1,2005-06-14,GB-CHC-2,Advice Centre Ltd,Core\n";
    assertThat(problems(greenwich().add(Table.ALLOCATIONS, "grants.csv", new StringReader(grants))))
        .containsExactly(
            "grants.csv row 2, \"Currency\": must be GBP (the library holds pounds sterling only)"
                + " but was: \"EUR\"",
            "grants.csv row 3, \"Award Date\": not a date like 2007-05-14: \"14/06/2005\"",
            "grants.csv row 3, \"Identifier\": repeats the grant identifier of row 2",
            "grants.csv row 4, \"Recipient Org:Name\": must be set: body \"GB-CHC-3\" is not in"
                + " bodies.csv, so it is made from its grants",
            "grants.csv row 5, \"Recipient Org:Name\": must be \"Advice Centre\" as in row 3 but"
                + " was: \"Advice Centre Ltd\"",
            "grants.csv row 2, \"Recipient Org:Identifier\": the income of \"GB-CHC-1\" (\"Youth"
                + " Club\") is not known, and no income is made up: add the body to bodies.csv"
                + " with its Income or Income band, or give an \"Insights:Recipient Org:Latest"
                + " Income:Bands\" column",
            "grants.csv rows 3 and 5, \"Recipient Org:Identifier\": the income of \"GB-CHC-2\""
                + " (\"Advice Centre\") is not known, and no income is made up: add the body to"
                + " bodies.csv with its Income or Income band, or give an \"Insights:Recipient"
                + " Org:Latest Income:Bands\" column");
  }

  @Test
  void incomeBandsReadInTheirUsualForms() {
    assertThat(Bands.parse("micro")).isEqualTo(SizeBand.MICRO);
    assertThat(Bands.parse("Under £10k")).isEqualTo(SizeBand.MICRO);
    assertThat(Bands.parse("£10,000 to £100,000")).isEqualTo(SizeBand.SMALL);
    assertThat(Bands.parse("10000 - 100000")).isEqualTo(SizeBand.SMALL);
    assertThat(Bands.parse("£100k - £1m")).isEqualTo(SizeBand.MEDIUM);
    assertThat(Bands.parse("£1,000,000 – £10,000,000")).isEqualTo(SizeBand.LARGE);
    assertThat(Bands.parse("Over £10m")).isEqualTo(SizeBand.MAJOR);
    assertThat(Bands.parse("£10m+")).isEqualTo(SizeBand.MAJOR);
    assertThat(Bands.parse("£0 - £500")).isNull();
    assertThat(Bands.parse("£10k - £1m")).isNull();
  }

  @Test
  void aReaderTakesEachTableOnceAndReadsOnce() {
    TableReader r = greenwich();
    assertThatThrownBy(() -> r.add(Table.BLOCKS, BLOCKS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "BLOCKS was added already, as \"blocks.csv\"; one text per table: join the rows into"
                + " one");
    Dataset unused = r.read();
    assertThatThrownBy(r::read)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this reader has read already; use a new Tables.reader()");
  }

  @Test
  void aDatasetHoldsOneAgreementPerAreaAndOneSeriesPerName() {
    LocalAreaAgreement a = everything();
    assertThatThrownBy(() -> Dataset.of(List.of(a, a), List.of(deflators(), deflators())))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Dataset is invalid (2 problems):\n"
                + "  agreements[1]: must be for another area: agreements[0] is for \"E09000011\"\n"
                + "  deflators[1]: must have another name: deflators[0] is \"GDP deflator\"");
    assertThat(Dataset.of(List.of(a)).toString())
        .isEqualTo("Dataset[1 agreement: Greenwich; 0 deflator series]");
  }

  // -- found by review: each failed before its fix -----------------------------------------

  @Test
  void budgetsPastTheRangeOfMoneyAreAProblemOfTheirRowAmongTheOthers() {
    TableReader r =
        Tables.reader()
            .add(Table.AGREEMENTS, AGREEMENTS)
            .add(Table.BLOCKS, "Block\nSSC\n")
            .add(Table.STREAMS, "Stream id,Stream name,Mode\nnrf,NRF,wrong\n")
            .add(
                Table.PROGRAMMES, "Programme id,Programme name,Maximum grant,Income cap\np,P,1,1\n")
            .add(
                Table.BUDGETS,
                "Programme id,Year,Budget\np,2005/06,92233720368547758.07\np,2006/07,1\n");
    assertThat(problems(r))
        .containsExactly(
            "streams.csv row 2, \"Mode\": must be one of: Pooled, Aligned (any case) but was:"
                + " \"wrong\"",
            "budgets.csv row 3, \"Budget\": takes the budgets of programme \"p\" past"
                + " £92,233,720,368,547,758.07 in all");
  }

  @Test
  void decimalsOfAnySizeAndCountsOfAnySizeReadBack() {
    LocalAreaAgreement base = camden();
    LocalAreaAgreement big =
        base.withBlocks(
                Block.builder()
                    .type(BlockType.SINGLE_POT)
                    .addOutcome(
                        Outcome.builder()
                            .id("o")
                            .title("O")
                            .addIndicator(
                                Indicator.builder()
                                    .code("i")
                                    .description("I")
                                    .addTarget(
                                        Target.builder()
                                            .year(FinancialYear.of(2008))
                                            .baseline(new BigDecimal("1E+10000"))
                                            .value(
                                                new BigDecimal(
                                                    "12345678901234567890123456789012345678901"))
                                            .build())
                                    .build())
                            .build())
                    .build())
            .withInfrastructure(InfrastructureProfile.of(Money.ZERO, new BigDecimal("1E+10000"), 1))
            .withCommissioning(
                CommissioningPractice.builder()
                    .consultationWeeks(20_000)
                    .noticeMonths(Integer.MAX_VALUE)
                    .build());
    Dataset data = Dataset.of(List.of(big));
    assertThat(readAll(Tables.write(data))).isEqualTo(data);
  }

  @Test
  void aByteOrderMarkBeforeAQuotedHeaderIsIgnored() {
    Dataset data =
        Tables.reader()
            .add(Table.AGREEMENTS, "\uFEFF\"Area code\",\"Round\"\r\nE09000011,Pilot\r\n")
            .add(Table.BLOCKS, "Block\nSSC\n")
            .read();
    assertThat(data.agreements()).hasSize(1);
  }

  @Test
  void aRowWithAProblemDefinesItsIdsSoThatRowsNamingThemSayNothingMore() {
    assertThat(
            problems(
                Tables.reader()
                    .add(Table.AGREEMENTS, AGREEMENTS)
                    .add(Table.BLOCKS, "Block,Stream\nSSC,bad\u00a0id\n")
                    .add(Table.OUTCOMES, "Block id,Outcome id,Title\nSSC,o,O\n")
                    .add(
                        Table.INVOLVEMENT,
                        "Block id,Stage,Level\n,,Partner\nSSC,Design,Partner\n")))
        .singleElement()
        .asString()
        .startsWith("blocks.csv row 2, \"Stream\": must not contain spaces other than U+0020");
    assertThat(
            problems(
                Tables.reader()
                    .add(Table.AGREEMENTS, "Area code,Round\nE09000011,Round 9\n")
                    .add(Table.BLOCKS, "Area,Block\nE09000011,SSC\nGreenwich,CYP\n")))
        .singleElement()
        .asString()
        .startsWith("agreements.csv row 2, \"Round\": must be one of");
    String longNote = "n".repeat(10_001);
    assertThat(
            problems(
                greenwich()
                    .add(
                        Table.INVOLVEMENT,
                        "Block id,Stage,Level,Note\n,,Partner,"
                            + longNote
                            + "\nSSC,Design,Partner,\n")))
        .containsExactly(
            "involvement.csv row 2, \"Note\": is 10,001 characters long, past the longest cell"
                + " read (10,000 characters)");
  }

  @Test
  void rowsForNoAgreementAtAllAreAProblem() {
    assertThat(
            problems(
                Tables.reader()
                    .add(Table.AGREEMENTS, "Area code,Area name,Round\n")
                    .add(Table.BLOCKS, "Block\nSSC\n")))
        .containsExactly(
            "blocks.csv row 2: has rows, but agreements.csv has no agreement for them to be part"
                + " of");
  }

  @Test
  void aProgrammeMayBeRunByABodyOnlyTheGrantsDefine() {
    String grants =
        "Identifier,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,"
            + "Recipient Org:Name,Insights:Recipient Org:Latest Income:Bands,Purpose\n"
            + "g1,GBP,1,2005-06-14,GB-1,Org,,Core\n"
            + "g2,GBP,1,2005-06-15,GB-1,Org,small,Core\n";
    Dataset data =
        greenwich()
            .add(
                Table.PROGRAMMES,
                "Programme id,Programme name,Maximum grant,Income cap,Administered by\n"
                    + "p,P,1,1,GB-1\n")
            .add(Table.ALLOCATIONS, "grants.csv", new StringReader(grants))
            .read();
    LocalAreaAgreement laa = data.agreements().get(0);
    assertThat(laa.smallGrantsProgrammes().get(0).administeredBy()).contains("GB-1");
    assertThat(laa.body("GB-1").orElseThrow().sizeBand()).isEqualTo(SizeBand.SMALL);
    assertThat(
            problems(
                greenwich()
                    .add(
                        Table.ALLOCATIONS,
                        "grants.csv",
                        new StringReader(
                            grants.replace(
                                "g2,GBP,1,2005-06-15,GB-1,Org,", "g2,GBP,1,2005-06-15,GB-1,,")))))
        .containsExactly(
            "grants.csv row 3, \"Recipient Org:Name\": must be set on each grant of body"
                + " \"GB-1\", as in row 2");
  }

  @Test
  void anAreaNameInAMessageIsQuotedAndAnAmountOutOfRangeSaysSo() {
    assertThat(
            problems(
                Tables.reader()
                    .add(
                        Table.AGREEMENTS,
                        "Area code,Area name,Round\nE08000025,\"Brum\"\" has; row 7\",Round 2\n")))
        .containsExactly(
            "agreements.csv row 2: the agreement for \"Brum\\\" has; row 7\" has no rows in"
                + " blocks.csv: an agreement needs at least one block");
    assertThat(
            problems(
                greenwich()
                    .add(
                        Table.ALLOCATIONS,
                        "Recipient,Year,Amount,Purpose\ncvs,2005/06,92233720368547758.08,Core\n")))
        .containsExactly(
            "allocations.csv row 2, \"Amount\": must be at most £92,233,720,368,547,758.07 but"
                + " was: \"92233720368547758.08\"");
  }

  // -- fixtures --------------------------------------------------------------------------------

  static Dataset readAll(Map<Table, String> csv) {
    TableReader r = Tables.reader();
    csv.forEach(r::add);
    return r.read();
  }

  static InvalidDataException catchInvalid(TableReader r) {
    try {
      Dataset unused = r.read();
    } catch (InvalidDataException e) {
      return e;
    }
    throw new AssertionError("no InvalidDataException");
  }

  static List<String> problems(TableReader r) {
    return catchInvalid(r).problems().stream().map(Object::toString).toList();
  }

  static DeflatorSeries deflators() {
    return DeflatorSeries.builder()
        .name("GDP deflator")
        .putIndex(FinancialYear.of(2004), new BigDecimal("100"))
        .putIndex(FinancialYear.of(2005), new BigDecimal("102.5"))
        .putIndex(FinancialYear.of(2006), new BigDecimal("1.05E+2"))
        .build();
  }

  /** One agreement with every kind of fact and text that is hard to write. */
  static LocalAreaAgreement everything() {
    Outcome outcome =
        Outcome.builder()
            .id("o1")
            .title("Fewer, \"safer\" streets")
            .mandatory(true)
            .addIndicator(
                Indicator.builder()
                    .code("NI 17")
                    .description("Perceptions of anti-social behaviour")
                    .statutory(true)
                    .addTarget(
                        Target.builder()
                            .year(FinancialYear.of(2005))
                            .baseline(new BigDecimal("21.0"))
                            .value(new BigDecimal("19"))
                            .stretch(new BigDecimal("17.50"))
                            .build())
                    .addTarget(
                        Target.builder()
                            .year(FinancialYear.of(2006))
                            .baseline(new BigDecimal("21"))
                            .value(new BigDecimal("18"))
                            .build())
                    .build())
            .addIndicator(Indicator.builder().code("L1").description("Local").build())
            .build();
    return LocalAreaAgreement.builder()
        .area(Areas.byName("Greenwich").orElseThrow())
        .round(Round.PILOT)
        .addBlock(
            Block.builder()
                .type(BlockType.SAFER_AND_STRONGER_COMMUNITIES)
                .addStreams("nrf", "sure")
                .addOutcome(outcome)
                .build())
        .addBlock(
            Block.builder()
                .type(BlockType.LOCAL_THEME)
                .id("arts")
                .name("Arts, culture and \"heritage\"")
                .build())
        .addStream(
            FundingStream.builder()
                .id("nrf")
                .name("Neighbourhood Renewal Fund")
                .mode(FundingMode.ALIGNED)
                .ringFenced(true)
                .formerlyDirectToVcs(true)
                .build())
        .addStream(FundingStream.of("sure", "Sure Start"))
        .addBody(
            VcsBody.builder()
                .id("cvs")
                .name("=HYPERLINK(\"x\")")
                .income(Money.ofPence(45_000_001))
                .incomeBand(SizeBand.MEDIUM)
                .role(VcsRole.CONSORTIUM)
                .communityBased(true)
                .build())
        .addBody(VcsBody.builder().id("a").name("+44 group").incomeBand(SizeBand.MICRO).build())
        .addBody(VcsBody.builder().id("b").name("@home").income(Money.ZERO).build())
        .addBody(VcsBody.builder().id("c").name("'=not a formula").income(Money.ZERO).build())
        .addBody(VcsBody.builder().id("d").name("'hello").income(Money.ZERO).build())
        .addBody(VcsBody.builder().id("-e").name("Ümlaut 🌍 ’s").income(Money.ZERO).build())
        .addAllocation(
            Allocation.builder().recipient("cvs").stream("nrf")
                .year(FinancialYear.of(2003))
                .amount(Money.ofPence(1))
                .purpose(Purpose.CAPACITY_BUILDING)
                .outcome("o1")
                .termYears(3)
                .fullCostRecovery(true)
                .paidInAdvance(true)
                .build())
        .addAllocation(
            Allocation.builder()
                .recipient("-e")
                .year(FinancialYear.of(2007))
                .amount(Money.ofPence(Long.MAX_VALUE / 2))
                .purpose(Purpose.SMALL_GRANTS)
                .build())
        .addSmallGrantsProgramme(
            SmallGrantsProgramme.builder()
                .id("sg")
                .name("Small grants")
                .maxGrant(Money.ofPounds(5_000))
                .incomeCap(Money.ofPounds(100_000))
                .capacityBuilding(true)
                .administeredBy("cvs")
                .stream("sure")
                .putBudget(FinancialYear.of(2006), Money.ofPounds(20_000))
                .putBudget(FinancialYear.of(2005), Money.ZERO)
                .build())
        .addSmallGrantsProgramme(
            SmallGrantsProgramme.builder()
                .id("sg2")
                .name("Other")
                .maxGrant(Money.ZERO)
                .incomeCap(Money.ZERO)
                .build())
        .involvement(
            Involvement.builder()
                .strategic(InvolvementLevel.CONSULTED)
                .strategicNote("Said so,\nat the \"LSP\" board")
                .addBlock(BlockInvolvement.of("SSC", Stage.DESIGN, InvolvementLevel.PARTNER))
                .addBlock(
                    BlockInvolvement.builder()
                        .block("arts")
                        .stage(Stage.EVALUATION)
                        .level(InvolvementLevel.NONE)
                        .note("-none-")
                        .build())
                .build())
        .infrastructure(
            InfrastructureProfile.of(Money.ofPounds(120_000), new BigDecimal("3.50"), 4))
        .commissioning(
            CommissioningPractice.builder()
                .threeYearTermsShare(Percentage.parse("42.5%"))
                .paidInAdvanceShare(Percentage.ZERO)
                .consultationWeeks(12)
                .build())
        .build();
  }

  static LocalAreaAgreement camden() {
    return LocalAreaAgreement.builder()
        .area(Areas.byName("Camden").orElseThrow())
        .round(Round.NEW_LAA_2008)
        .addBlock(Block.of(BlockType.SINGLE_POT))
        .involvement(Involvement.builder().strategic(InvolvementLevel.LEADING).build())
        .commissioning(CommissioningPractice.builder().build())
        .build();
  }
}
