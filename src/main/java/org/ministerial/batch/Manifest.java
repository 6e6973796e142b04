package org.ministerial.batch;

import org.ministerial.scenario.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tree of {@code manifest.json}: everything needed to reproduce a results folder (program, commit, inputs with
 * their checksums, the resolved scenario, overrides, seed, runs) and how it was made (threads, Java, times). It is the
 * only file of a results folder that may differ between two identical batches.
 */
final class Manifest {
    private Manifest() {
    }

    static Map<String, Object> of(Scenario scenario, BatchSettings settings, OffsetDateTime started,
                                  OffsetDateTime finished) throws IOException {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("program", BuildInfo.PROGRAM);
        tree.put("version", BuildInfo.version());
        tree.put("git_commit", BuildInfo.gitCommit(BuildInfo.home()));
        tree.put("scenario", scenario.file() == null ? null : scenario.file().toString());
        tree.put("scenario_name", scenario.name());
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Path p : scenario.inputs()) inputs.put(displayPath(p), sha256(p));
        tree.put("inputs", inputs);
        tree.put("overrides", scenario.overrides());
        tree.put("base_seed", settings.baseSeed());
        tree.put("runs", settings.runs());
        tree.put("threads", settings.threads());
        tree.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        tree.put("started", iso(started));
        tree.put("finished", iso(finished));
        tree.put("resolved", scenario.resolved());
        return tree;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String iso(OffsetDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Inputs relative to the working directory when below it, so manifests compare across checkouts. */
    private static String displayPath(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
