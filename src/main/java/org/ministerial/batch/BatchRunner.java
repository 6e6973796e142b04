package org.ministerial.batch;

import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;
import org.ministerial.scenario.ScenarioException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Runs independent replications of one negotiation on several threads and hands their results to a sink in run-index
 * order, whatever order they finish in. Writing in index order is what makes the results files identical for any
 * number of threads.
 *
 * <p>Memory stays bounded for any number of runs: at most {@link #window()} runs are in flight or waiting in the
 * reorder buffer at once, and a new run is started only when the oldest one has been written. The sink and the
 * progress listener are called on the thread that called {@link #run}, so they need no locking.
 *
 * <p>A run that throws becomes a failed {@link CompletedRun} carrying the exception's message; the others go on. So
 * does a run whose model input cannot be built (a design point with a value the scenario rejects).
 *
 * <p>The runner makes the runs of one {@link Shard} of a {@link RunPlan}, starting at a given position of that shard,
 * which is how a resumed batch skips the runs it has already written.
 */
public final class BatchRunner {

    /** One model run; the production model is {@link Negotiation#runToEnd}. Tests substitute others. */
    @FunctionalInterface
    public interface Model {
        RunResult run(NegotiationSpec spec, long seed);
    }

    private final RunPlan plan;
    private final Shard shard;
    private final int from;
    private final int runs;
    private final int threads;
    private final Model model;
    private final UnaryOperator<CompletedRun> encoder;

    public BatchRunner(NegotiationSpec spec, int runs, long baseSeed, int threads) {
        this(spec, runs, baseSeed, threads, Negotiation::runToEnd);
    }

    public BatchRunner(NegotiationSpec spec, int runs, long baseSeed, int threads, Model model) {
        this(new ScenarioPlan(spec, runs, baseSeed, Map.of()), Shard.ALL, 0, threads, model);
    }

    /**
     * @param plan    the runs
     * @param shard   the share of the plan to make
     * @param from    the first position within the shard to make (0 for all; the runs before it are skipped)
     * @param threads worker threads, at least 1
     * @param model   the model
     */
    public BatchRunner(RunPlan plan, Shard shard, int from, int threads, Model model) {
        this(plan, shard, from, threads, model, UnaryOperator.identity());
    }

    private BatchRunner(RunPlan plan, Shard shard, int from, int threads, Model model,
                        UnaryOperator<CompletedRun> encoder) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        this.runs = shard.size(plan.size());
        if (from < 0 || from > runs)
            throw new IllegalArgumentException("start position " + from + " outside the shard's " + runs + " runs");
        this.plan = plan;
        this.shard = shard;
        this.from = from;
        this.threads = threads;
        this.model = model;
        this.encoder = encoder;
    }

    /**
     * This runner, with each finished run passed through {@code encoder} on the worker thread that made it (a results
     * writer's {@link ResultsWriter#encode}), so that turning runs into bytes runs in parallel.
     */
    public BatchRunner encodingWith(UnaryOperator<CompletedRun> encoder) {
        return new BatchRunner(plan, shard, from, threads, model, encoder);
    }

    /** Most runs started but not yet written: enough to keep every thread busy past one slow run. */
    int window() {
        return Math.max(32, threads * 8);
    }

    /**
     * Runs the batch: the shard's runs from the start position on. The progress listener counts positions within the
     * shard, so a resumed batch starts at the runs it had already written.
     *
     * @throws IOException          if the sink fails; runs still in flight are abandoned
     * @throws InterruptedException if the calling thread is interrupted
     */
    public void run(RunSink sink, ProgressListener progress) throws IOException, InterruptedException {
        if (from == runs) return;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, runs - from), new Workers());
        try {
            CompletionService<CompletedRun> finished = new ExecutorCompletionService<>(pool);
            Map<Integer, CompletedRun> reorder = new HashMap<>();
            int submitted = from;
            int written = from;
            while (submitted < runs && submitted - from < window()) submit(finished, submitted++);
            while (written < runs) {
                CompletedRun done = next(finished);
                reorder.put(done.run(), done);
                for (CompletedRun r = reorder.remove(shard.run(written)); r != null;
                     r = reorder.remove(shard.run(written))) {
                    sink.accept(r);
                    written++;
                    progress.update(written, runs);
                    if (submitted < runs) submit(finished, submitted++);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void submit(CompletionService<CompletedRun> finished, int position) {
        int index = shard.run(position);
        finished.submit(() -> execute(index));
    }

    private CompletedRun execute(int index) {
        CompletedRun done = makeRun(index);
        try {
            return encoder.apply(done);
        } catch (RuntimeException e) {
            return CompletedRun.failure(index, done.seed(), "its results cannot be written: " + describe(e));
        }
    }

    private CompletedRun makeRun(int index) {
        long seed = plan.seed(index);
        try {
            RunResult result = model.run(plan.spec(index), seed);
            return result == null ? CompletedRun.failure(index, seed, "the model returned no result")
                    : CompletedRun.success(index, seed, result);
        } catch (ScenarioException e) {
            return CompletedRun.failure(index, seed, "the run's scenario is invalid: "
                    + e.getMessage().replace('\n', ' '));
        } catch (RuntimeException | StackOverflowError e) {
            return CompletedRun.failure(index, seed, describe(e));
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }

    private static CompletedRun next(CompletionService<CompletedRun> finished) throws InterruptedException {
        try {
            return finished.take().get();
        } catch (ExecutionException e) {
            // execute() turns exceptions into failed runs, so only a serious Error gets here
            Throwable cause = e.getCause();
            if (cause instanceof Error error) throw error;
            throw new IllegalStateException("run failed outside the model", cause);
        }
    }

    /** Daemon worker threads, so that an abandoned batch never keeps the JVM alive. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "ministerial-run-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
