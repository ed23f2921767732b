package io.github.laa.scoring;

import com.google.common.collect.ImmutableList;
import io.github.laa.core.LocalAreaAgreement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Scores agreements on a caller's {@link Executor}, for {@link Policy#scoreInParallel} and {@link
 * Policy#scoreCohortInParallel(java.util.Collection, Executor)}. Not API.
 */
final class ParallelScoring {
  private ParallelScoring() {}

  /**
   * {@code score} of every agreement, one task each on {@code executor}, in the order of {@code
   * agreements}. A {@link RuleFailedException} is rethrown once every task has finished: that of
   * the first failing agreement in order, as scoring them one after another would throw, whichever
   * task met its failure first.
   */
  static ImmutableList<Scorecard> scoreAll(
      List<LocalAreaAgreement> agreements,
      Function<LocalAreaAgreement, Scorecard> score,
      Executor executor) {
    Objects.requireNonNull(executor, "executor");
    List<CompletableFuture<Object>> tasks = new ArrayList<>(agreements.size());
    for (LocalAreaAgreement a : agreements) {
      Objects.requireNonNull(a, "agreement");
      tasks.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return (Object) score.apply(a);
                } catch (RuleFailedException e) {
                  return e;
                }
              },
              executor));
    }
    ImmutableList.Builder<Scorecard> cards = ImmutableList.builderWithExpectedSize(tasks.size());
    RuleFailedException first = null;
    for (CompletableFuture<Object> t : tasks) {
      Object o;
      try {
        o = t.join();
      } catch (CompletionException e) {
        // Not a rule's failure (scoring catches those): an error, rethrown as it was.
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw e;
      }
      if (o instanceof RuleFailedException e) {
        first = first == null ? e : first;
      } else if (first == null) {
        cards.add((Scorecard) o);
      }
    }
    if (first != null) {
      throw first;
    }
    return cards.build();
  }
}
