package org.ministerial.model;

/** Checks of the index arrays the specs hold, with the messages their constructors throw. */
final class Indices {
    private Indices() {
    }

    /** @throws IllegalArgumentException if an index is negative */
    static void nonNegative(int[] indices, String what) {
        for (int i : indices)
            if (i < 0) throw new IllegalArgumentException(what + ": index " + i + " is negative");
    }

    /** @throws IllegalArgumentException if an index is negative or appears twice */
    static void distinct(int[] indices, String what) {
        nonNegative(indices, what);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i : indices)
            if (!seen.add(i)) throw new IllegalArgumentException(what + ": index " + i + " appears twice");
    }

    /** @throws IllegalArgumentException if an index is not below {@code size} */
    static void below(int[] indices, int size, String what) {
        for (int i : indices)
            if (i >= size) throw new IllegalArgumentException(what + ": index " + i + " outside [0, " + size + ")");
    }
}
