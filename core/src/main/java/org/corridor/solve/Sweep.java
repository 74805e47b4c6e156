package org.corridor.solve;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.corridor.policy.Snapshot;

/**
 * One question asked of many variants of a base scenario: which cases to try, how each case changes
 * the base ({@link Variant}), and what to read back from its solution. N-1 contingencies, leverage,
 * event costs and the timeline are instances; {@link SweepRunner} runs any of them on an injected
 * executor. {@link #evaluate} also gets solutions that are not optimal: it must report their status,
 * never read them as a loss.
 *
 * @param <C> a case
 * @param <R> what one case yields (usually a table row)
 */
public interface Sweep<C, R> {
  /** A short name for progress reports, e.g. "leverage". */
  String task();

  /** The cases, in the order their results are returned. */
  List<C> cases();

  Variant variant(C c);

  R evaluate(C c, FlowResult result);

  /** How a case differs from the base; each kind knows how a live session solves it. */
  sealed interface Variant {
    FlowResult solveOn(ScenarioSweep session);

    static Variant of(Snapshot snapshot) {
      return new Resolved(snapshot);
    }

    /** Any scenario of the same data set, resolved; solved on the live session when only bounds differ. */
    record Resolved(Snapshot snapshot) implements Variant {
      @Override
      public FlowResult solveOn(ScenarioSweep session) {
        return session.solve(snapshot);
      }
    }

    /** The base with one link closed: its capacity rows set to 0, nothing rebuilt. */
    record LinkClosed(String linkId) implements Variant {
      @Override
      public FlowResult solveOn(ScenarioSweep session) {
        return session.solveWithLinkClosed(linkId);
      }
    }

    /**
     * The base with one node closed, {@code resolved} being that scenario as the resolver gives it: solved
     * with bounds set on the live session, its formulation never built (only bounds move).
     */
    record NodeClosed(String nodeId, Snapshot resolved) implements Variant {
      @Override
      public FlowResult solveOn(ScenarioSweep session) {
        return session.solveWithNodeClosed(nodeId, resolved);
      }
    }
  }

  static <C, R> Sweep<C, R> of(String task, List<C> cases, Function<C, Variant> variant,
      BiFunction<C, FlowResult, R> evaluate) {
    List<C> fixed = List.copyOf(cases);
    return new Sweep<>() {
      @Override
      public String task() {
        return task;
      }

      @Override
      public List<C> cases() {
        return fixed;
      }

      @Override
      public Variant variant(C c) {
        return variant.apply(c);
      }

      @Override
      public R evaluate(C c, FlowResult result) {
        return evaluate.apply(c, result);
      }
    };
  }
}
