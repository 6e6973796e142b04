package org.ministerial.batch;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A results file that appears under its real name only when complete. It is written to a hidden temporary name in the
 * same folder and renamed atomically on {@link #commit()}, so a reader (or a crashed batch) never leaves a half-written
 * {@code runs.csv} that looks finished. Closing without committing deletes the temporary file.
 *
 * <p>The temporary file doubles as the journal of a resumable batch: {@link #sync()} makes everything written so far
 * durable and returns its length, and a later process can reopen the file {@linkplain #AtomicFile(Path, long) keeping
 * exactly that length}, dropping whatever a crash left after it.
 */
final class AtomicFile implements Closeable {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream output;
    private final Writer writer;
    private boolean committed;

    AtomicFile(Path target) throws IOException {
        this(target, 0);
    }

    /**
     * Opens the temporary file of {@code target}, keeping its first {@code keep} bytes and appending after them.
     *
     * @throws IOException if the file is shorter than {@code keep} (it was damaged or deleted)
     */
    AtomicFile(Path target, long keep) throws IOException {
        this.target = target;
        this.temp = tempOf(target);
        this.channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.size() < keep)
                throw new IOException(temp + " holds " + channel.size() + " bytes but " + keep
                        + " were recorded as written; the unfinished results are damaged (delete the folder to start"
                        + " over)");
            channel.truncate(keep);
            channel.position(keep);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        this.output = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        this.writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8.newEncoder()), 1 << 16);
    }

    /** The hidden name a file is written under until it is complete: {@code .runs.csv.tmp} for {@code runs.csv}. */
    static Path tempOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    /** The file as text; write through this or through {@link #output()}, not both. */
    Writer writer() {
        return writer;
    }

    /** The file as bytes; write through this or through {@link #writer()}, not both. */
    OutputStream output() {
        return output;
    }

    Path target() {
        return target;
    }

    /** Writes out buffered text and forces it to the storage device; returns the file's length. */
    long sync() throws IOException {
        writer.flush();
        output.flush();
        channel.force(false);
        return channel.position();
    }

    /** Flushes, forces to disk, closes and renames the file to its real name. */
    void commit() throws IOException {
        sync();
        writer.close();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
        syncFolder(target.toAbsolutePath().getParent());
    }

    /** Forces a folder's entries (renames, new files) to disk where the platform allows it. */
    static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some platforms cannot open or force a directory; the rename is still atomic there
        }
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

    /** Closes the file but keeps the temporary file, for a batch that can be resumed. */
    void release() throws IOException {
        if (committed) return;
        committed = true;
        writer.close();
    }
}
