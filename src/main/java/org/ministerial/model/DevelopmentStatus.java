package org.ministerial.model;

import java.util.Arrays;
import java.util.List;

/**
 * A government's development status as the WTO groups its members: the scenario's {@code status} values. Developed
 * status places an actor on the North side of the North-South divide ({@link ActorSpec#north()}).
 */
public enum DevelopmentStatus {
    DEVELOPED("developed"), DEVELOPING("developing"), LDC("ldc");

    /** The values a scenario may write, in order. */
    public static final List<String> LABELS = Arrays.stream(values()).map(DevelopmentStatus::label).toList();

    private final String label;

    DevelopmentStatus(String label) {
        this.label = label;
    }

    /** The value as a scenario writes it. */
    public String label() {
        return label;
    }

    /** Whether a scenario's status value is {@code developed}. */
    public static boolean isDeveloped(String status) {
        return DEVELOPED.label.equals(status);
    }
}
