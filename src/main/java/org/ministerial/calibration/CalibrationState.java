package org.ministerial.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import org.ministerial.batch.CsvFiles;
import org.ministerial.batch.Json;
import org.ministerial.batch.ResultsFolderException;
import org.ministerial.batch.WorkingFiles.AbcState;
import org.ministerial.files.CsvReader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What an unfinished calibration keeps in its results folder so that the same command continues it: a hidden folder
 * {@code .calibration/} with
 * <ul>
 *   <li>{@code journal.json}: the plan identity and the generations finished at each restart;</li>
 *   <li>{@code generation-<t>.csv}: each finished generation, written atomically when it ends;</li>
 *   <li>{@code proposals-<t>.csv}: the proposals of the generation under way, appended and forced to disk after each
 *       block of proposals, so that a crash loses at most the block in flight (a cut last line is dropped).</li>
 * </ul>
 * Numbers are kept exactly (Java's shortest round-trip decimal form), so a resumed calibration continues from the
 * very values an uninterrupted one holds, and its files are byte-identical. The folder is deleted when the results
 * are written.
 */
final class CalibrationState {

    private final Path dir;
    private final int parameters, targets, holdout;

    CalibrationState(Path results, Calibration c) {
        this.dir = results.resolve(AbcState.FOLDER);
        this.parameters = c.priors().size();
        this.targets = c.targets().size();
        this.holdout = c.holdout().size();
    }

    /**
     * The journal of an unfinished calibration.
     *
     * @param identity  the plan identity it belongs to
     * @param resumedAt generations finished at each restart, oldest first
     */
    record Journal(String identity, List<Integer> resumedAt) {
        Journal {
            resumedAt = List.copyOf(resumedAt);
        }
    }

    Optional<Journal> journal() throws IOException {
        Path file = dir.resolve(AbcState.JOURNAL_FILE);
        if (!Files.exists(file)) return Optional.empty();
        JsonNode j = Json.read(file);
        List<Integer> resumed = new ArrayList<>();
        for (JsonNode n : j.path(AbcState.RESUMED_AT)) resumed.add(n.asInt());
        return Optional.of(new Journal(j.path(AbcState.IDENTITY).asText(), resumed));
    }

    /** Starts afresh: forgets any earlier state and records the identity. */
    void start(String identity) throws IOException {
        delete();
        Files.createDirectories(dir);
        write(new Journal(identity, List.of()));
    }

    void write(Journal journal) throws IOException {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put(AbcState.IDENTITY, journal.identity());
        tree.put(AbcState.RESUMED_AT, journal.resumedAt());
        Json.write(dir.resolve(AbcState.JOURNAL_FILE), tree);
    }

    /** Deletes the state (the journal last, so a crash in between still reads as unfinished). */
    void delete() throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted(Comparator.comparing(f -> f.getFileName().toString()
                    .equals(AbcState.JOURNAL_FILE))).toList())
                Files.deleteIfExists(f);
        }
        Files.deleteIfExists(dir);
    }

    /** The finished generations, in order. */
    List<Generation> generations() throws IOException {
        List<Generation> out = new ArrayList<>();
        for (int t = 0; Files.exists(generationFile(t)); t++) out.add(readGeneration(t));
        return out;
    }

    /** Records a finished generation, then drops its proposal journal. */
    void save(Generation g) throws IOException {
        List<String> header = new ArrayList<>(AbcState.GENERATION_COLUMNS);
        for (int i = 0; i < parameters; i++) header.add(AbcState.THETA_PREFIX + i);
        for (int i = 0; i < targets; i++) header.add(AbcState.TARGET_PREFIX + i);
        for (int i = 0; i < holdout; i++) header.add(AbcState.HOLDOUT_PREFIX + i);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < g.particles().size(); i++) {
            Proposal p = g.particles().get(i);
            List<String> row = new ArrayList<>(List.of(exact(g.tolerance()), Integer.toString(g.proposals()),
                    Integer.toString(g.failed()), Integer.toString(p.index()), exact(g.weights()[i]),
                    exact(p.distance()), Integer.toString(p.failed())));
            for (double v : p.theta()) row.add(exact(v));
            for (double v : p.simulated()) row.add(exact(v));
            for (double v : p.holdout()) row.add(exact(v));
            rows.add(row);
        }
        CsvFiles.write(generationFile(g.index()), header, rows);
        Files.deleteIfExists(proposalsFile(g.index()));
    }

    private Generation readGeneration(int t) throws IOException {
        Path file = generationFile(t);
        try {
            List<Map<String, String>> rows = CsvReader.readCells(file);
            if (rows.isEmpty()) throw new IllegalArgumentException("no particles");
            Map<String, String> first = rows.get(0);
            List<Proposal> particles = new ArrayList<>();
            double[] weights = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> r = rows.get(i);
                weights[i] = Double.parseDouble(r.get(AbcState.WEIGHT));
                particles.add(new Proposal(Integer.parseInt(r.get(AbcState.INDEX)),
                        numbers(r, AbcState.THETA_PREFIX, parameters),
                        numbers(r, AbcState.TARGET_PREFIX, targets),
                        numbers(r, AbcState.HOLDOUT_PREFIX, holdout),
                        Integer.parseInt(r.get(AbcState.FAILED_RUNS)),
                        Double.parseDouble(r.get(AbcState.DISTANCE))));
            }
            return new Generation(t, Double.parseDouble(first.get(AbcState.TOLERANCE)),
                    Integer.parseInt(first.get(AbcState.PROPOSALS)), particles, weights,
                    Integer.parseInt(first.get(AbcState.FAILED)));
        } catch (RuntimeException e) {
            throw new ResultsFolderException(file + ": damaged (" + e.getMessage() + "); delete the folder to start "
                    + "over");
        }
    }

    private static double[] numbers(Map<String, String> row, String prefix, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            String cell = row.get(prefix + i);
            if (cell == null) throw new IllegalArgumentException("no column " + prefix + i);
            v[i] = Double.parseDouble(cell);
        }
        return v;
    }

    /** Appends evaluated proposals of generation {@code t} and forces them to disk. */
    void append(int t, List<Proposal> proposals) throws IOException {
        StringBuilder s = new StringBuilder();
        for (Proposal p : proposals) {
            s.append(p.index()).append(',').append(exact(p.distance())).append(',').append(p.failed());
            for (double v : p.theta()) s.append(',').append(exact(v));
            for (double v : p.simulated()) s.append(',').append(exact(v));
            for (double v : p.holdout()) s.append(',').append(exact(v));
            s.append('\n');
        }
        try (FileChannel ch = FileChannel.open(proposalsFile(t), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer b = ByteBuffer.wrap(s.toString().getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) ch.write(b);
            ch.force(false);
        }
    }

    /**
     * The proposals of generation {@code t} evaluated before an interruption, in order; a last line cut by a crash
     * is dropped from the file.
     */
    List<Proposal> proposals(int t) throws IOException {
        Path file = proposalsFile(t);
        if (!Files.exists(file)) return List.of();
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') end--;
        if (end < bytes.length)
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(end);
                ch.force(false);
            }
        List<Proposal> out = new ArrayList<>();
        int width = 3 + parameters + targets + holdout;
        for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty()) continue;
            String[] cells = line.split(",", -1);
            try {
                if (cells.length != width) throw new IllegalArgumentException(cells.length + " cells, not " + width);
                int index = Integer.parseInt(cells[0]);
                if (index != out.size())
                    throw new IllegalArgumentException("proposal " + index + " where " + out.size() + " was due");
                int at = 3;
                double[] theta = slice(cells, at, parameters);
                double[] simulated = slice(cells, at += parameters, targets);
                double[] held = slice(cells, at + targets, holdout);
                out.add(new Proposal(index, theta, simulated, held, Integer.parseInt(cells[2]),
                        Double.parseDouble(cells[1])));
            } catch (RuntimeException e) {
                throw new ResultsFolderException(file + ":" + (out.size() + 1) + ": damaged (" + e.getMessage()
                        + "); delete the folder to start over");
            }
        }
        return out;
    }

    private static double[] slice(String[] cells, int from, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = Double.parseDouble(cells[from + i]);
        return v;
    }

    /** A double in its shortest exact decimal form ({@code NaN} and {@code Infinity} included). */
    private static String exact(double v) {
        return Double.toString(v);
    }

    private Path generationFile(int t) {
        return dir.resolve(AbcState.generationFile(t));
    }

    private Path proposalsFile(int t) {
        return dir.resolve(AbcState.proposalsFile(t));
    }
}
