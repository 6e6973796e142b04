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

    /**
     * A catalytic shock or a mass demonstration: the mobilisation of matching organisations jumps by {@code size},
     * capped at 1.
     */
    record MobilisationShock(int round, String label, double size, NgoFilter filter) implements TimedEvent {
        public MobilisationShock {
            if (!(size >= 0 && size <= 1)) throw new IllegalArgumentException("shock size outside [0,1]");
        }
    }

    /** The chair tables a fully revised text this round: one revision at full agenda power. */
    record RevisedText(int round, String label) implements TimedEvent {
    }

    /** The chair drops an issue from the text from this round on (it is held at the status quo). */
    record DropIssue(int round, String label, int issue) implements TimedEvent {
    }

    /** A network divides: its coordination is multiplied by {@code 1 - loss}. */
    record NetworkSplit(int round, String label, int network, double loss) implements TimedEvent {
        public NetworkSplit {
            if (!(loss >= 0 && loss <= 1)) throw new IllegalArgumentException("split loss outside [0,1]");
        }
    }
}
