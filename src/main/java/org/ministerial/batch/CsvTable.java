package org.ministerial.batch;

import org.ministerial.files.CsvReader;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One table of a results folder, in the dialect of {@link org.ministerial.files.CsvWriter}, written through an
 * {@link AtomicFile}, plain ({@code .csv}) or as one gzip member per run ({@code .csv.gz}, see {@link GzipMember}).
 * Subclasses decide the columns and turn each run into rows.
 *
 * <p>Turning a run into bytes ({@link #encode}) is done on the worker thread that made the run, so that the single
 * writer thread only appends bytes and never makes the workers wait; {@link #write} encodes on the writer thread
 * only what a worker could not.
 */
abstract class CsvTable implements Closeable {

    private final AtomicFile file;
    private final boolean compressed;

    /**
     * @param target the file's real name; a name ending in {@code .gz} makes a compressed table
     * @param keep   bytes of an unfinished earlier attempt to keep (0 for a fresh file; the header is then the
     *               subclass's to write)
     */
    CsvTable(Path target, long keep) throws IOException {
        file = new AtomicFile(target, keep);
        compressed = target.getFileName().toString().endsWith(CsvReader.COMPRESSED);
    }

    /**
     * Appends the rows of one run. Called on worker threads, several at once: it may read only what does not change
     * while runs are made.
     */
    abstract void rows(CompletedRun run, Rows out);

    /**
     * The bytes of one run's rows, or null when only the writer thread can make them (see {@link RunsTable}). Safe to
     * call from any thread.
     */
    byte[] encode(CompletedRun run) {
        Rows rows = new Rows();
        rows(run, rows);
        return pack(rows);
    }

    /** Appends one run's rows (in run-index order), encoded already by a worker or here. */
    void write(CompletedRun run, byte[] encoded) throws IOException {
        byte[] bytes = encoded != null ? encoded : encode(run);
        if (bytes == null) throw new IllegalStateException(target() + ": run " + run.run() + " cannot be encoded");
        file.output().write(bytes);
    }

    /** Writes one row by itself (a header), as its own gzip member in a compressed table. */
    final void row(List<String> cells) throws IOException {
        file.output().write(pack(new Rows().row(cells)));
    }

    final byte[] pack(Rows rows) {
        return pack(rows, compressed);
    }

    /** The bytes of some rows in a table file, one gzip member if {@code compressed}. */
    static byte[] pack(Rows rows, boolean compressed) {
        byte[] text = rows.bytes();
        return compressed ? GzipMember.of(text) : text;
    }

    /** The file's real name. */
    final Path target() {
        return file.target();
    }

    /** Makes every row written so far durable and returns the file's length. */
    long sync() throws IOException {
        return file.sync();
    }

    /** Writes anything held back, then publishes the file under its real name. */
    void commit() throws IOException {
        file.commit();
    }

    /** Closes the file and keeps its unfinished text for a later resume. */
    void release() throws IOException {
        file.release();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
