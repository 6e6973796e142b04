package org.ministerial.model;

/**
 * Something that happens at a fixed round of the meeting (so in a fixed session of the calendar). Events change the
 * conditions agents act in; they never decide an outcome.
 */
public sealed interface TimedEvent extends java.io.Serializable {

    /** 0-based round at whose start the event applies. */
    int round();

    /** A short label for logs and the GUI. */
    String label();

    /** Refuses a round before the first (events after the last are allowed: they are reported as not reached). */
    private static void atRound(int round) {
        if (round < 0) throw new IllegalArgumentException("event round " + round + " is negative");
    }

    /**
     * A catalytic shock or a mass demonstration: the mobilisation of matching organisations jumps by {@code size},
     * capped at 1.
     */
    record MobilisationShock(int round, String label, double size, NgoFilter filter) implements TimedEvent {
        public MobilisationShock {
            atRound(round);
            java.util.Objects.requireNonNull(filter, "a mobilisation shock's filter");
            if (!(size >= 0 && size <= 1)) throw new IllegalArgumentException("shock size outside [0,1]");
        }
    }

    /** The chair tables a fully revised text this round: one revision at full agenda power. */
    record RevisedText(int round, String label) implements TimedEvent {
        public RevisedText {
            atRound(round);
        }
    }

    /** The chair drops an issue from the text from this round on (it is held at the status quo). */
    record DropIssue(int round, String label, int issue) implements TimedEvent {
        public DropIssue {
            atRound(round);
            if (issue < 0) throw new IllegalArgumentException("dropped issue index " + issue + " is negative");
        }
    }

    /** A network divides: its coordination is multiplied by {@code 1 - loss}. */
    record NetworkSplit(int round, String label, int network, double loss) implements TimedEvent {
        public NetworkSplit {
            atRound(round);
            if (network < 0) throw new IllegalArgumentException("split network index " + network + " is negative");
            if (!(loss >= 0 && loss <= 1)) throw new IllegalArgumentException("split loss outside [0,1]");
        }
    }
}
