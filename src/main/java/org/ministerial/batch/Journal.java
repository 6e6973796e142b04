package org.ministerial.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ministerial.batch.WorkingFiles.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The journal of an unfinished results folder, {@code .progress.json}: which command is writing the folder, how many
 * of its runs are durably written, and the length of each table's temporary file at that point. It is replaced
 * atomically after the tables have been forced to disk, so after a crash (even SIGKILL or a power cut) it always
 * describes a consistent prefix of the run list: a restart truncates the tables to these lengths and continues with
 * the next run. The idea is the write-ahead log's, reduced to one commit record (Gray and Reuter 1993, ch. 9).
 *
 * @param identity  the command writing the folder ({@link Execution}): a resume must match it
 * @param committed runs of the shard whose rows are durable, in run order
 * @param lengths   byte length of each table's temporary file, by table file name
 * @param metrics   the metric columns of {@code runs.csv}'s header, or null if it has no header yet
 * @param complete  whether every run is written and the tables are being published
 * @param resumedAt the committed count at each restart, oldest first
 */
record Journal(String identity, int committed, Map<String, Long> lengths, List<String> metrics, boolean complete,
               List<Integer> resumedAt) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    Journal {
        lengths = Map.copyOf(lengths);
        metrics = metrics == null ? null : List.copyOf(metrics);
        resumedAt = List.copyOf(resumedAt);
    }

    /** The journal of a folder nothing has been written to yet. */
    static Journal fresh(String identity) {
        return new Journal(identity, 0, Map.of(), null, false, List.of());
    }

    long length(String table) {
        return lengths.getOrDefault(table, 0L);
    }

    /** The journal of a folder, if it holds unfinished results. */
    static Optional<Journal> read(Path folder) throws IOException {
        Path file = folder.resolve(Progress.FILE);
        if (!Files.exists(file)) return Optional.empty();
        try {
            JsonNode n = MAPPER.readTree(file.toFile());
            Map<String, Long> lengths = new LinkedHashMap<>();
            n.get(Progress.LENGTHS).fields()
                    .forEachRemaining(e -> lengths.put(e.getKey(), e.getValue().asLong()));
            List<String> metrics = null;
            if (n.hasNonNull(Progress.METRICS)) {
                metrics = new ArrayList<>();
                for (JsonNode m : n.get(Progress.METRICS)) metrics.add(m.asText());
            }
            List<Integer> resumed = new ArrayList<>();
            for (JsonNode r : n.get(Progress.RESUMED_AT)) resumed.add(r.asInt());
            return Optional.of(new Journal(n.get(Progress.IDENTITY).asText(), n.get(Progress.COMMITTED).asInt(),
                    lengths, metrics, n.get(Progress.COMPLETE).asBoolean(), resumed));
        } catch (RuntimeException | IOException e) {
            throw new IOException(file + " is not a readable journal (" + e.getMessage()
                    + "); delete the folder to start over");
        }
    }

    /** Replaces the folder's journal atomically and durably. */
    void write(Path folder) throws IOException {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put(Progress.IDENTITY, identity);
        tree.put(Progress.COMMITTED, committed);
        tree.put(Progress.LENGTHS, new TreeMap<>(lengths));
        tree.put(Progress.METRICS, metrics);
        tree.put(Progress.COMPLETE, complete);
        tree.put(Progress.RESUMED_AT, resumedAt);
        Json.write(folder.resolve(Progress.FILE), tree);
    }

    static void delete(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(Progress.FILE));
        Files.deleteIfExists(folder.resolve(Progress.COMMAND_FILE));
        AtomicFile.syncFolder(folder);
    }
}
