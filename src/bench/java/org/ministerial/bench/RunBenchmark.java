package org.ministerial.bench;

import org.ministerial.batch.RunSeeds;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One whole negotiation, from {@code start()} to the result, as a batch runs it ({@link Negotiation#runToEnd}).
 * Each invocation takes the next run seed of a batch with base seed 1, so the figure is the distribution of run
 * times over the model's stochastic outcomes (early breakdowns and full-length meetings alike), not one trajectory.
 * Sample mode gives the median the target in docs/performance.md is stated for.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class RunBenchmark {
    /** Copies of Cancún in the room: 1 is the baseline (146 members, 961 organisations). */
    @Param({"1", "2", "4", "8", "16"})
    int scale;

    private NegotiationSpec spec;
    private int run;

    @Setup
    public void load() {
        spec = BenchScenarios.cancun(scale);
    }

    @Benchmark
    public RunResult run() {
        return Negotiation.runToEnd(spec, RunSeeds.seed(1, run++ & 0xFFFF));
    }
}
