package org.ministerial.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ministerial.files.CsvReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads results files back the way an analyst would, for assertions. */
final class ResultsFiles {
    private static final CSVFormat WITH_HEADER =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private ResultsFiles() {
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(CsvReader.text(file)).setFormat(WITH_HEADER).get()) {
            return parser.getRecords();
        }
    }

    static List<String> header(Path file) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(CsvReader.text(file)).setFormat(WITH_HEADER).get()) {
            return parser.getHeaderNames();
        }
    }

    /** Per run index, the actors of {@code rejections.csv.gz} in file order. */
    static java.util.Map<String, List<String>> rejecters(Path folder) throws IOException {
        java.util.Map<String, List<String>> byRun = new java.util.HashMap<>();
        for (CSVRecord r : csv(folder.resolve(ResultsSchema.Rejections.FILE)))
            byRun.computeIfAbsent(r.get("run"), k -> new java.util.ArrayList<>()).add(r.get("actor"));
        return byRun;
    }

    static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }
}
