package org.ministerial.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 fingerprints of input files and of plans. A plan's identity is the fingerprint of a tree of everything that
 * determines its results, so a resumed run, a shard or a merge can check that it belongs to the same plan.
 */
public final class Fingerprints {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fingerprints() {
    }

    /** The SHA-256 of a file's bytes, in lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of a tree of maps, lists, strings and numbers written as compact JSON, in lower-case hex. */
    public static String of(Map<String, Object> tree) {
        try {
            byte[] json = MAPPER.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(digest().digest(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a plan tree must be plain data: " + e.getMessage(), e);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** A path relative to the working directory when below it, so manifests and plan identities compare across
     * checkouts. */
    public static String displayPath(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
