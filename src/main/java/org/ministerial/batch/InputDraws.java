package org.ministerial.batch;

import org.ministerial.model.NegotiationSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model inputs of a batch's input draws, each derived once however many runs share it: deriving a drawn Cancún
 * spec costs about as much as a run, and {@code --runs-per-draw} consecutive runs share one. A small cache of the
 * most recent draws, enough for the runs a batch keeps in flight; safe for the worker threads. A draw is a pure
 * function of its seed, so a draw made twice (two threads at once, or after eviction) is the same.
 */
final class InputDraws {
    /** Draws kept: the runner keeps at most a few hundred runs in flight, a few dozen draws at the default. */
    private static final int KEPT = 128;
    private final NegotiationSpec spec;
    private final long baseSeed;
    private final Map<Integer, NegotiationSpec> recent = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, NegotiationSpec> eldest) {
            return size() > KEPT;
        }
    };

    InputDraws(NegotiationSpec spec, long baseSeed) {
        this.spec = spec;
        this.baseSeed = baseSeed;
    }

    /** The spec of input draw {@code draw}. */
    NegotiationSpec spec(int draw) {
        if (!spec.inputsVary()) return spec;
        synchronized (recent) {
            NegotiationSpec made = recent.get(draw);
            if (made != null) return made;
        }
        // derived outside the lock, so threads needing different draws do not wait for each other
        NegotiationSpec made = spec.withInputsDrawn(RunSeeds.inputSeed(baseSeed, draw));
        synchronized (recent) {
            NegotiationSpec first = recent.putIfAbsent(draw, made);
            return first != null ? first : made;
        }
    }
}
