package org.ministerial.batch;

import java.util.List;
import java.util.Map;

/**
 * Prepares, on a background thread, what every command that writes a results folder needs before its first run and
 * that does not depend on the scenario: the fingerprint of the compiled code ({@link CodeFingerprint}: reading and
 * hashing every class in the jar) and the JSON machinery of plan identities and manifests (loading and initialising
 * Jackson), together about a quarter of a second on one core. Started before the scenario is read, this work runs on
 * the second core while the first reads and derives the scenario, instead of after it (docs/performance.md,
 * "Start-up"). Whoever needs the fingerprint first computes it, or waits for it ({@link CodeFingerprint#sha256()} is
 * synchronised), so nothing written depends on which thread got there first.
 */
public final class ProgramIdentity {
    private ProgramIdentity() {
    }

    /** Starts the preparation; returns at once. */
    public static void prepareInBackground() {
        Thread thread = new Thread(ProgramIdentity::prepare, "program-identity");
        thread.setDaemon(true);
        thread.start();
    }

    private static void prepare() {
        CodeFingerprint.sha256();
        // a plan tree of each kind of value loads the serialisers the plan identity will use
        Fingerprints.of(Map.of("prepared", List.of("text", 1, 1.5, true)));
    }
}
