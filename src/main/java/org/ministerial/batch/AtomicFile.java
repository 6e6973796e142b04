package org.ministerial.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A results file that appears under its real name only when complete. It is written to a hidden temporary name in the
 * same folder and renamed atomically on {@link #commit()}, so a reader (or a crashed batch) never leaves a half-written
 * {@code runs.csv} that looks finished. Closing without committing deletes the temporary file.
 */
final class AtomicFile implements Closeable {
    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    AtomicFile(Path target) throws IOException {
        this.target = target;
        this.temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        this.writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    Writer writer() {
        return writer;
    }

    Path target() {
        return target;
    }

    /** Flushes, closes and renames the file to its real name. */
    void commit() throws IOException {
        writer.close();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /** Discards the file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (committed) return;
        try {
            writer.close();
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
