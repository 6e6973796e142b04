package org.ministerial.bench;

import org.ministerial.batch.CompletedRun;
import org.ministerial.batch.ResultsWriter;
import org.ministerial.batch.ScenarioPlan;
import org.ministerial.model.Negotiation;
import org.ministerial.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What a batch's worker does to a finished run besides making it: {@link ResultsWriter#encode}, the run's rows of every
 * table formatted as CSV and each compressed table's rows made into a gzip member. One operation encodes one of 64
 * Cancún runs (base seed 9, inputs drawn as the command line draws them), in turn. On two threads the workers pay this
 * on top of the runs themselves, so it is a part of what the command line costs beyond the runner (docs/performance.md,
 * "The command against the runner, batch by batch").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class EncodeBenchmark {
    private static final int RUNS = 64;

    private Path folder;
    private ResultsWriter writer;
    private CompletedRun[] runs;
    private int next;

    @Setup
    public void make() throws IOException {
        Scenario scenario = BenchScenarios.scenario(BenchScenarios.CANCUN);
        ScenarioPlan plan = new ScenarioPlan(scenario.spec(), RUNS, 9, scenario.overrides());
        runs = new CompletedRun[RUNS];
        for (int i = 0; i < RUNS; i++)
            runs[i] = CompletedRun.success(i, plan.seed(i), Negotiation.runToEnd(plan.spec(i), plan.seed(i)));
        folder = Files.createTempDirectory("encode-benchmark");
        writer = ResultsWriter.open(folder.resolve("batch"), scenario);
        // the first run written fixes runs.csv's columns; until then that table is encoded by the writer, not here
        writer.accept(writer.encode(runs[0]));
    }

    @Benchmark
    public CompletedRun encode() {
        return writer.encode(runs[next++ % RUNS]);
    }

    @TearDown
    public void remove() throws IOException {
        writer.close();
        TempFolders.remove(folder);
    }
}
