package org.ministerial.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the tables of a results folder, plain ({@code .csv}) or compressed ({@code .csv.gz}, told by the name), so
 * that every reader of results handles both the same way.
 */
public final class TableFiles {
    private TableFiles() {
    }

    /** The table's text, decompressed when its name ends in {@code .gz}. */
    public static Reader reader(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            if (file.getFileName().toString().endsWith(CsvTable.COMPRESSED)) in = new GZIPInputStream(in, 1 << 16);
        } catch (IOException e) {
            in.close();
            throw new ResultsFolderException(file + ": not a gzip file (" + e.getMessage() + ")");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** A parser of the table in {@code format}. */
    public static CSVParser parse(Path file, CSVFormat format) throws IOException {
        Reader reader = reader(file);
        try {
            return CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /**
     * Refuses a table that a writer could not have left: empty, or cut mid-row (a results table always ends with a
     * line break, and a compressed one with a whole gzip member). Nothing is checked when the file is absent.
     */
    public static void checkComplete(Path table) throws IOException {
        if (!Files.exists(table)) return;
        int last = -1;
        long length = 0;
        try (Reader in = reader(table)) {
            char[] buffer = new char[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                last = buffer[n - 1];
                length += n;
            }
        } catch (EOFException | ZipException | UncheckedIOException e) {
            throw new ResultsFolderException(table + ": the file is cut off or damaged (" + e.getMessage() + ")");
        }
        if (length == 0) throw new ResultsFolderException(table + ": is empty (not even a header)");
        if (last != '\n')
            throw new ResultsFolderException(table + ": the last row is cut off (the file does not end with a "
                    + "line break)");
    }
}
