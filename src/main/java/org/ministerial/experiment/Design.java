package org.ministerial.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an experiment chooses its design points. Every design is deterministic: the same experiment file always gives
 * the same points, in the same order.
 */
public sealed interface Design {
    /** The name used in experiment files, {@code design.csv} and manifests. */
    String type();

    /** Every combination of the factors' listed values; the first factor varies slowest. */
    record Factorial() implements Design {
        @Override
        public String type() {
            return "factorial";
        }
    }

    /**
     * Parameter sets listed one by one.
     *
     * @param points each point's values by key; a key missing from a point keeps the scenario's value
     * @param lines  each point's line in the experiment file (for messages), or empty when not read from a file
     */
    record Explicit(List<Map<String, String>> points, List<Integer> lines) implements Design {
        public Explicit {
            if (points.isEmpty()) throw new IllegalArgumentException("a list design needs at least one point");
            points = points.stream()
                    .map(p -> Collections.unmodifiableMap(new LinkedHashMap<>(p))).toList();
            lines = List.copyOf(lines);
            if (!lines.isEmpty() && lines.size() != points.size())
                throw new IllegalArgumentException("one line per point, got " + lines.size() + " for "
                        + points.size());
        }

        /** Points not read from a file. */
        public Explicit(List<Map<String, String>> points) {
            this(points, List.of());
        }

        /** The line of the {@code i}-th point (0-based) in the experiment file, or 0 when not known. */
        public int line(int i) {
            return i < lines.size() ? lines.get(i) : 0;
        }

        @Override
        public String type() {
            return "list";
        }
    }

    /**
     * A Latin hypercube sample (McKay, Beckman and Conover 1979): each range cut into {@code samples} equal strata,
     * each stratum used once per factor, strata paired at random.
     *
     * @param samples number of points
     * @param seed    seed of the random pairing and of the position within each stratum
     */
    record LatinHypercube(int samples, long seed) implements Design {
        public LatinHypercube {
            if (samples < 1) throw new IllegalArgumentException("samples must be at least 1, got " + samples);
        }

        @Override
        public String type() {
            return "latin_hypercube";
        }
    }

    /**
     * Saltelli's sampling scheme for Sobol indices (Saltelli 2002; Saltelli et al. 2010): matrices A and B of
     * {@code baseSamples} rows from a 2k-dimensional Sobol sequence, and for each factor i the matrix AB_i (A with
     * column i from B): {@code baseSamples * (k + 2)} points.
     *
     * @param baseSamples rows of A and B (N); a power of two suits the Sobol sequence best
     */
    record Saltelli(int baseSamples) implements Design {
        public Saltelli {
            if (baseSamples < 2)
                throw new IllegalArgumentException("base_samples must be at least 2, got " + baseSamples);
        }

        @Override
        public String type() {
            return "saltelli";
        }
    }

    /**
     * Morris's one-at-a-time trajectories on a grid of {@code levels} levels (Morris 1991), for elementary effects:
     * {@code trajectories * (k + 1)} points.
     *
     * @param trajectories number of trajectories (r)
     * @param levels       grid levels per factor (p), even
     * @param seed         seed of the random starting points, orders and directions
     */
    record Morris(int trajectories, int levels, long seed) implements Design {
        public Morris {
            if (trajectories < 2)
                throw new IllegalArgumentException("trajectories must be at least 2, got " + trajectories);
            if (levels < 2 || levels % 2 != 0)
                throw new IllegalArgumentException("levels must be even and at least 2, got " + levels);
        }

        /** The step, in units of each factor's range: {@code p / (2 (p - 1))}. */
        public double delta() {
            return levels / (2.0 * (levels - 1));
        }

        @Override
        public String type() {
            return "morris";
        }
    }
}
