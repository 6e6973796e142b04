package org.ministerial.bench;

import org.ministerial.batch.BatchRunner;
import org.ministerial.batch.ProgressListener;
import org.ministerial.model.NegotiationSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Batch throughput in runs per second through the production {@link BatchRunner}: worker threads, in-order
 * delivery through the reorder window, results handed to a sink. The sink only consumes the results, so the figure
 * is the model's throughput; writing the CSVs is measured apart (docs/performance.md, memory and end-to-end).
 * {@code threads = all} uses every processor the JVM sees. Each invocation is one batch of {@value #RUNS} runs with
 * a new base seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class BatchBenchmark {
    /** Enough runs per batch that starting the workers and the last, unshared run weigh little. */
    static final int RUNS = 64;

    @Param({"1", "2", "4", "8", "16"})
    int scale;

    @Param({"1", "all"})
    String threads;

    private NegotiationSpec spec;
    private int workers;
    private long batch;

    @Setup
    public void load() {
        spec = BenchScenarios.cancun(scale);
        workers = "all".equals(threads) ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads);
    }

    @Benchmark
    @OperationsPerInvocation(RUNS)
    public void batch(Blackhole sink) throws IOException, InterruptedException {
        new BatchRunner(spec, RUNS, ++batch, workers).run(run -> sink.consume(run.result()), ProgressListener.NONE);
    }
}
