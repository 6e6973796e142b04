package org.ministerial.batch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A fingerprint of the program that is running: the SHA-256 of the names and bytes of Ministerial's compiled classes,
 * from the jar or the classes folder they were loaded from. A resumed batch must run the same code as the interrupted
 * one; this tells a changed model apart from an unchanged one, whatever else changed in the working tree (documents,
 * other scenarios) and however often the jar was rebuilt (jar time stamps are not hashed).
 */
public final class CodeFingerprint {
    private static final String PREFIX = "org/ministerial/";
    private static String cached;

    private CodeFingerprint() {
    }

    /** The fingerprint in lower-case hex, or {@code unknown} if the classes cannot be read. */
    public static synchronized String sha256() {
        if (cached == null) cached = compute();
        return cached;
    }

    private static String compute() {
        try {
            Path location = Path.of(CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) fromFolder(location, digest);
            else fromJar(location, digest);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void fromFolder(Path root, MessageDigest digest) throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(root.resolve(PREFIX))) {
            classes = new ArrayList<>(files.filter(p -> p.toString().endsWith(".class")).toList());
        }
        classes.sort((a, b) -> name(root, a).compareTo(name(root, b)));
        for (Path p : classes) {
            digest.update(name(root, p).getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(p));
        }
    }

    private static String name(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static void fromJar(Path jar, MessageDigest digest) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> classes = new ArrayList<>();
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (entry.getName().startsWith(PREFIX) && entry.getName().endsWith(".class")) classes.add(entry);
            }
            classes.sort((a, b) -> a.getName().compareTo(b.getName()));
            for (JarEntry entry : classes) {
                digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.getInputStream(entry)) {
                    digest.update(in.readAllBytes());
                }
            }
        }
    }
}
