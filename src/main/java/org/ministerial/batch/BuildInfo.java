package org.ministerial.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Which program produced a results folder: the version and the source commit, so that any result can be traced back
 * to the code that made it.
 */
public final class BuildInfo {
    /** Used when neither the jar manifest nor Maven's pom.properties is on the class path (e.g. in an IDE). */
    public static final String FALLBACK_VERSION = "0.1.0";
    /** The program's name in manifests and {@code --version}. */
    public static final String PROGRAM = "ministerial";

    private static final String POM_PROPERTIES = "/META-INF/maven/org.ministerial/ministerial/pom.properties";

    private BuildInfo() {
    }

    /** The jar's Implementation-Version, else the version Maven wrote into the jar, else {@value #FALLBACK_VERSION}. */
    public static String version() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        if (v != null && !v.isBlank()) return v;
        try (InputStream in = BuildInfo.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                v = p.getProperty("version");
                if (v != null && !v.isBlank()) return v;
            }
        } catch (IOException e) {
            // fall through to the fallback
        }
        return FALLBACK_VERSION;
    }

    /** The project directory the launcher passes as {@code -Dministerial.home}, or null. */
    public static Path home() {
        String home = System.getProperty("ministerial.home");
        return home == null || home.isBlank() ? null : Path.of(home);
    }

    /**
     * The commit of the source tree at {@code home}, with {@code -dirty} when it has uncommitted changes outside
     * {@code results/}, or {@code unknown} when there is no home, no git or no commit. Results are what the program
     * writes, not what it runs: a script that regenerates committed results (bin/make-validation) would otherwise
     * mark its own later batches dirty with the files its earlier ones wrote.
     */
    public static String gitCommit(Path home) {
        if (home == null || !Files.isDirectory(home)) return "unknown";
        String head = git(home, "rev-parse", "HEAD");
        if (head == null || head.isBlank()) return "unknown";
        String status = git(home, "status", "--porcelain", "--", ".", ":(exclude)results");
        return status == null || status.isBlank() ? head.strip() : head.strip() + "-dirty";
    }

    /**
     * {@link #gitCommit} on a background thread, started at once: asking git costs a process start and a walk of the
     * source tree, which then overlaps the batch's runs instead of preceding them. The commit is that of the tree
     * when the command started, as when it is asked for in line.
     */
    public static CompletableFuture<String> gitCommitInBackground(Path home) {
        return CompletableFuture.supplyAsync(() -> gitCommit(home), task -> {
            Thread thread = new Thread(task, "git-commit");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Standard output of a git command, or null if it failed. */
    private static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroy();
                return null;
            }
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
