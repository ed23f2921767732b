package io.github.laa.examples.bench;

import java.io.IOException;
import java.util.Collection;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with its usual command-line options ({@code org.openjdk.jmh.Main}'s), then prints {@link
 * BenchReport}: the results as a Markdown table with the minimum and maximum iterations, and the
 * ratios and targets of the performance issue.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args)
      throws CommandLineOptionException, RunnerException, IOException {
    CommandLineOptions options = new CommandLineOptions(args);
    if (options.shouldHelp()
        || options.shouldList()
        || options.shouldListProfilers()
        || options.shouldListResultFormats()) {
      Main.main(args);
      return;
    }
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    System.out.println(BenchReport.of(results).render());
  }
}
