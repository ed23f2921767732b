package io.github.laa.examples.bench;

import io.github.laa.core.Allocation;
import io.github.laa.core.FinancialYear;
import io.github.laa.core.LocalAreaAgreement;
import io.github.laa.core.Money;
import io.github.laa.core.Purpose;
import io.github.laa.core.SmallGrantsProgramme;
import io.github.laa.core.VcsBody;
import io.github.laa.scoring.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The two headline rules of recommendation R3 (net resource loss by year, and the small grants
 * programme) with their default parameters, written in Drools DRL as a Drools user would: plain
 * records as facts, accumulates for the totals, one rule per verdict, and a new {@link KieSession}
 * per agreement.
 *
 * <p>Net resource loss: the baseline is the total of the year before the agreement; each agreement
 * year is compared with it; no allocation in the baseline year gives NOT_ASSESSED, a year below the
 * baseline FAIL, otherwise PASS. Small grants: FAIL without a capacity-building programme or
 * without capacity-building budget in any agreement year; WARN for an agreement year without
 * budget, a maximum grant above £5,000, an income cap above £100,000, or recorded small grants in
 * the agreement years of which less than half reached micro or small bodies (income under
 * £100,000); PASS otherwise.
 *
 * <p>The {@link KieBase} is compiled once ({@link #DroolsPeer()}, about a second) and is
 * thread-safe; {@link #score(List)} opens, fills, fires and disposes a session.
 */
public final class DroolsPeer {
  /** A year the rules look at: the baseline year or one of the three agreement years. */
  public record Year(int year, boolean baseline) {}

  /** An allocation: money to a VCS body in a financial year (its start year), for a purpose. */
  public record Alloc(String recipient, int year, long pence, Purpose purpose) {}

  /** A VCS body and its annual income. */
  public record Body(String id, long income) {}

  /** A small grants programme. */
  public record Programme(String id, boolean capacityBuilding, long maxGrant, long incomeCap) {}

  /** A programme's budget for a year. */
  public record Budget(String programme, int year, long pence) {}

  /** Where the rules write their verdicts (a global). Not thread-safe: one per session. */
  public static final class Verdicts {
    private @Nullable Verdict netResourceLoss;
    private @Nullable Verdict smallGrants;

    public void setNetResourceLoss(Verdict v) {
      netResourceLoss = v;
    }

    public void setSmallGrants(Verdict v) {
      smallGrants = v;
    }

    HeadlineVerdicts toHeadline() {
      return new HeadlineVerdicts(
          Objects.requireNonNull(netResourceLoss, "no net resource loss verdict"),
          Objects.requireNonNull(smallGrants, "no small grants verdict"));
    }
  }

  /** The rules. Amounts are in pence: £5,000 is 500000, £100,000 is 10000000. */
  static final String DRL =
      """
      package bench.rules;

      import io.github.laa.core.Purpose;
      import io.github.laa.scoring.Verdict;
      import io.github.laa.examples.bench.DroolsPeer.Year;
      import io.github.laa.examples.bench.DroolsPeer.Alloc;
      import io.github.laa.examples.bench.DroolsPeer.Body;
      import io.github.laa.examples.bench.DroolsPeer.Programme;
      import io.github.laa.examples.bench.DroolsPeer.Budget;
      import io.github.laa.examples.bench.DroolsPeer.Verdicts;

      global Verdicts out;

      declare YearTotal
        year : int
        total : long
        count : long
      end

      declare YearBudget
        year : int
        total : long
      end

      declare Warning
        check : String
        about : String
      end

      // ---- Totals first (salience 100), then warnings (50), then verdicts.

      rule "R3a total of a year" salience 100
      when
        Year($y : year)
        accumulate( Alloc( year == $y, $p : pence ); $sum : sum( $p ), $n : count( 1 ) )
      then
        insert( new YearTotal( $y, $sum, $n ) );
      end

      rule "R3b capacity-building budget of an agreement year" salience 100
      when
        Year( baseline == false, $y : year )
        accumulate( Programme( capacityBuilding == true, $id : id )
                    and Budget( programme == $id, year == $y, $p : pence );
                    $sum : sum( $p ) )
      then
        insert( new YearBudget( $y, $sum ) );
      end

      // ---- R3a: net resource loss, each year against the baseline year, 0% tolerance.

      rule "R3a no allocation in the baseline year"
      when
        Year( baseline == true, $b : year )
        YearTotal( year == $b, count == 0 )
      then
        out.setNetResourceLoss( Verdict.NOT_ASSESSED );
      end

      rule "R3a an agreement year below the baseline"
      when
        Year( baseline == true, $b : year )
        YearTotal( year == $b, count > 0, $base : total )
        Year( baseline == false, $y : year )
        YearTotal( year == $y, total < $base )
      then
        out.setNetResourceLoss( Verdict.FAIL );
      end

      rule "R3a no agreement year below the baseline"
      when
        Year( baseline == true, $b : year )
        YearTotal( year == $b, count > 0, $base : total )
        not ( Year( baseline == false, $y : year ) and YearTotal( year == $y, total < $base ) )
      then
        out.setNetResourceLoss( Verdict.PASS );
      end

      // ---- R3b: small grants programme as part of capacity building.

      rule "R3b no capacity-building programme"
      when
        not Programme( capacityBuilding == true )
      then
        out.setSmallGrants( Verdict.FAIL );
      end

      rule "R3b no budget in any agreement year"
      when
        exists Programme( capacityBuilding == true )
        not YearBudget( total > 0 )
      then
        out.setSmallGrants( Verdict.FAIL );
      end

      rule "R3b an agreement year without budget" salience 50
      when
        YearBudget( total == 0, $y : year )
      then
        insert( new Warning( "budget", String.valueOf( $y ) ) );
      end

      rule "R3b maximum grant above the ceiling" salience 50
      when
        Programme( capacityBuilding == true, maxGrant > 500000, $id : id )
      then
        insert( new Warning( "maximum grant", $id ) );
      end

      rule "R3b income cap above the small band" salience 50
      when
        Programme( capacityBuilding == true, incomeCap > 10000000, $id : id )
      then
        insert( new Warning( "income cap", $id ) );
      end

      rule "R3b small grants mostly to larger bodies" salience 50
      when
        accumulate( Year( baseline == false, $y : year )
                    and Alloc( year == $y, purpose == Purpose.SMALL_GRANTS, $p : pence );
                    $all : sum( $p ) )
        accumulate( Year( baseline == false, $y2 : year )
                    and Alloc( year == $y2, purpose == Purpose.SMALL_GRANTS, $r : recipient, $q : pence )
                    and Body( id == $r, income < 10000000 );
                    $small : sum( $q ) )
        eval( $all > 0 && $small * 2 < $all )
      then
        insert( new Warning( "share to micro or small bodies", "" ) );
      end

      rule "R3b warnings" salience -10
      when
        exists Programme( capacityBuilding == true )
        exists YearBudget( total > 0 )
        exists Warning()
      then
        out.setSmallGrants( Verdict.WARN );
      end

      rule "R3b no warning" salience -10
      when
        exists Programme( capacityBuilding == true )
        exists YearBudget( total > 0 )
        not Warning()
      then
        out.setSmallGrants( Verdict.PASS );
      end
      """;

  private final KieBase kieBase;

  /** Compiles the rules. */
  public DroolsPeer() {
    this.kieBase = new KieHelper().addContent(DRL, ResourceType.DRL).build();
  }

  /**
   * The facts of {@code laa}, as a Drools user would insert them: the baseline year and the
   * agreement years, every allocation, body, programme and budget.
   */
  public static List<Object> facts(LocalAreaAgreement laa) {
    List<Object> facts = new ArrayList<>(laa.allocations().size() + laa.bodies().size() + 16);
    facts.add(new Year(laa.baselineYear().startYear(), true));
    for (FinancialYear y : laa.years()) {
      facts.add(new Year(y.startYear(), false));
    }
    for (VcsBody b : laa.bodies()) {
      facts.add(new Body(b.id(), b.income().orElse(b.sizeBand().lowerBound()).pence()));
    }
    for (Allocation a : laa.allocations()) {
      facts.add(new Alloc(a.recipient(), a.year().startYear(), a.amount().pence(), a.purpose()));
    }
    for (SmallGrantsProgramme g : laa.smallGrantsProgrammes()) {
      facts.add(
          new Programme(g.id(), g.capacityBuilding(), g.maxGrant().pence(), g.incomeCap().pence()));
      for (Map.Entry<FinancialYear, Money> e : g.budgets().entrySet()) {
        facts.add(new Budget(g.id(), e.getKey().startYear(), e.getValue().pence()));
      }
    }
    return facts;
  }

  /** Scores one agreement's facts in a new session. */
  public HeadlineVerdicts score(List<Object> facts) {
    Verdicts out = new Verdicts();
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal("out", out);
      for (Object fact : facts) {
        session.insert(fact);
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return out.toHeadline();
  }
}
