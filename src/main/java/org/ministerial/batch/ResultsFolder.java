package org.ministerial.batch;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where a batch's results go by default: {@code <base>/<scenario-name>/<yyyyMMdd-HHmmss>/}, one new folder per batch
 * so that no batch overwrites another. Two batches started in the same second get {@code -2}, {@code -3}, ...
 */
public final class ResultsFolder {
    /** The default base, relative to the working directory. */
    public static final Path DEFAULT_BASE = Path.of("results");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ResultsFolder() {
    }

    /** Creates and returns a new, empty folder for a batch of {@code scenarioName} started at {@code time}. */
    public static Path create(Path base, String scenarioName, LocalDateTime time) throws IOException {
        Path parent = base.resolve(safe(scenarioName));
        Files.createDirectories(parent);
        String stamp = time.format(STAMP);
        for (int attempt = 1; ; attempt++) {
            Path candidate = parent.resolve(attempt == 1 ? stamp : stamp + "-" + attempt);
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                // taken by an earlier batch in the same second; try the next suffix
            }
        }
    }

    /** The scenario name as a single, portable path segment. */
    public static String safe(String name) {
        String s = name == null ? "" : name.strip().replaceAll("[^A-Za-z0-9._-]+", "_");
        return s.isEmpty() || s.chars().allMatch(c -> c == '.') ? "scenario" : s;
    }
}
