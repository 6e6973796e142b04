package org.ministerial.model;

/** How a run ends. */
public enum Outcome {
    /** Every actor the decision rule needs accepts the same text. */
    AGREEMENT,
    /** No text was adopted by the deadline, or a walk-out ended the meeting. */
    BREAKDOWN,
    /** A common core everyone accepts plus add-ons some take up (flexible rules only). */
    FLEXIBLE;

    /** The lower-case name used in files. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
