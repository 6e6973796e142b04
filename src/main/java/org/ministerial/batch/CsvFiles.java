package org.ministerial.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small CSV files of a results folder ({@code design.csv}, {@code points.csv}, sensitivity tables) in the same format
 * as the run tables: RFC 4180, {@code \n} line ends, UTF-8, written atomically.
 */
public final class CsvFiles {
    private static final CSVFormat WITH_HEADER =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private CsvFiles() {
    }

    /** Writes a header and rows to {@code target}; the file appears complete or not at all. */
    public static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        try (AtomicFile file = new AtomicFile(target)) {
            CSVPrinter printer = new CSVPrinter(file.writer(), CsvTable.FORMAT);
            printer.printRecord(header);
            for (List<String> row : rows) {
                if (row.size() != header.size())
                    throw new IllegalArgumentException("row of " + row.size() + " cells under " + header.size()
                            + " columns in " + target.getFileName());
                printer.printRecord(row);
            }
            printer.flush();
            file.commit();
        }
    }

    /** Reads a CSV file with a header into rows of cells by column name, in column order. */
    public static List<Map<String, String>> read(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, WITH_HEADER)) {
            List<String> header = parser.getHeaderNames();
            for (CSVRecord r : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (String column : header) row.put(column, r.isSet(column) ? r.get(column) : "");
                rows.add(row);
            }
        }
        return rows;
    }

    /** The header of a CSV file. */
    public static List<String> header(Path file) throws IOException {
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, WITH_HEADER)) {
            return parser.getHeaderNames();
        }
    }
}
