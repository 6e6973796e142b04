package org.ministerial.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One CSV file of a results folder: RFC 4180 quoting with {@code \n} line ends, written through an
 * {@link AtomicFile}. Subclasses decide the columns and turn each run into rows.
 */
abstract class CsvTable implements Closeable {
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final AtomicFile file;
    private final CSVPrinter printer;

    /**
     * @param target the file's real name
     * @param keep   bytes of an unfinished earlier attempt to keep (0 for a fresh file; the header is then the
     *               subclass's to write)
     */
    CsvTable(Path target, long keep) throws IOException {
        file = new AtomicFile(target, keep);
        printer = new CSVPrinter(file.writer(), FORMAT);
    }

    /** Writes the rows of one run (in run-index order). */
    abstract void write(CompletedRun run) throws IOException;

    /** The file's real name. */
    final Path target() {
        return file.target();
    }

    /** Makes every row written so far durable and returns the file's length. */
    long sync() throws IOException {
        printer.flush();
        return file.sync();
    }

    /** Writes anything held back, then publishes the file under its real name. */
    void commit() throws IOException {
        printer.flush();
        file.commit();
    }

    final void row(List<?> cells) throws IOException {
        printer.printRecord(cells);
    }

    /** Closes the file and keeps its unfinished text for a later resume. */
    void release() throws IOException {
        printer.flush();
        file.release();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
