package org.ministerial.bench;

import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * One negotiating round in the middle of the meeting, and the set-up of a run, measured apart.
 *
 * <p>{@code round}: before each invocation (untimed) a fresh model is started and stepped to the middle round
 * of the calendar, with a seed found once per trial whose meeting is still going on there; the invocation times the
 * one {@code schedule.step} that follows: events, organisations, pressure, every government, coalitions, chair and
 * observer. A per-invocation set-up is the only way to time one step of a state that a step changes; JMH warns that
 * such set-ups add timer overhead, which is tens of nanoseconds here against a round of tens of microseconds
 * or more.
 *
 * <p>{@code open}: building and starting a model (arrays, agents, opening text, schedule), which a run pays once.
 * A run costs about {@code open} plus its number of rounds times {@code round}; docs/performance.md checks this
 * against {@link RunBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class RoundBenchmark {
    @Param({"1", "2", "4", "8", "16"})
    int scale;

    private NegotiationSpec spec;
    private int middle;
    private long seed;

    @Setup(Level.Trial)
    public void load() {
        spec = BenchScenarios.cancun(scale);
        middle = spec.calendar().rounds() / 2;
        seed = firstSeedStillNegotiatingAt(middle);
    }

    private long firstSeedStillNegotiatingAt(int round) {
        for (long s = 1; s <= 1000; s++) {
            if (stepTo(s, round) != null) return s;
        }
        throw new IllegalStateException("no seed in 1..1000 keeps " + spec.name() + " going to round " + round);
    }

    /** A started model stepped to the given round, or null if its meeting ended before. */
    private Negotiation stepTo(long s, int round) {
        Negotiation m = new Negotiation(s, spec);
        m.start();
        while (m.getRound() < round) {
            if (!m.schedule.step(m) || m.isFinished()) return null;
        }
        return m;
    }

    /** A model at the middle of its meeting, rebuilt before every invocation so each times the same round. */
    @State(Scope.Thread)
    public static class MidMeeting {
        Negotiation model;

        @Setup(Level.Invocation)
        public void toMiddle(RoundBenchmark bench) {
            model = bench.stepTo(bench.seed, bench.middle);
        }
    }

    @Benchmark
    public boolean round(MidMeeting state) {
        return state.model.schedule.step(state.model);
    }

    @Benchmark
    public Negotiation open() {
        Negotiation m = new Negotiation(seed, spec);
        m.start();
        return m;
    }
}
