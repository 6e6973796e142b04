package org.ministerial;

import org.ministerial.files.CsvReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** The lines of results tables, plain or {@code .gz}, for tests that read them or spoil them on purpose. */
public final class TableText {
    private TableText() {
    }

    /** The lines of a table, decompressed when it is a {@code .gz}. */
    public static List<String> readLines(Path file) throws IOException {
        try (BufferedReader r = new BufferedReader(CsvReader.text(file))) {
            return r.lines().toList();
        }
    }

    /** Writes lines to a table, compressed (one gzip member) when it is a {@code .gz}. */
    public static void writeLines(Path file, List<String> lines) throws IOException {
        byte[] text = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = file.toString().endsWith(".gz")
                ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(text);
        }
    }
}
