package org.ministerial.plot;

import com.fasterxml.jackson.databind.JsonNode;
import org.ministerial.batch.ManifestKeys;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.ResultsSchema.Runs;
import org.ministerial.batch.SummaryKeys;
import org.ministerial.model.MetricNames;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One results folder as the figures need it (docs/results.md): {@code runs.csv} read whole, the outcome labels
 * the model defines (from {@code summary.json}), and where the other tables are. {@code runs.csv} is the only file
 * required, so a folder made by concatenating the {@code runs.csv} of several {@code --set} batches (a sweep) works.
 *
 * <p>The parameter columns are those between {@code seed} and {@code outcome} in {@code runs.csv}: one per
 * {@code --set} override of a batch, or per design variable of a sweep. Columns whose value varies across rows make
 * the folder a sweep.
 *
 * @param folder       the results folder
 * @param scenario     the scenario name (manifest, summary or folder name)
 * @param scenarioLabel the scenario's display label (its {@code label:} in the manifest's resolved scenario), else
 *                      its name
 * @param outcomes     every outcome the model defines, in the summary's order, else in the model's order, with any
 *                     other seen in {@code runs.csv}
 * @param overrides    the {@code --set} overrides from the manifest, in order (empty if none or no manifest)
 * @param runs         {@code runs.csv}
 * @param parameters   the parameter columns of {@code runs.csv}, in file order
 * @param sessionsPerDay sessions per day of the calendar (manifest), or 0 if unknown
 * @param anchors   the anchors of the scenario's first reference coalition (manifest), empty if none
 * @param issueNames each issue's name by its id, in the scenario's order (the manifest's resolved scenario), empty
 *                   without a manifest
 * @param references each reference coalition's id as the scenario writes it ({@code G21}) by its key in metric
 *                   names ({@code g21}; {@link MetricNames#key}), empty without a manifest
 * @param sampled    the range {@code [min, max]} of each parameter that a sweep's design samples from a continuous
 *                   range ({@code latin_hypercube} or {@code saltelli}, per the manifest), by key; empty otherwise
 */
public record ResultsData(Path folder, String scenario, String scenarioLabel, List<String> outcomes, Map<String, String> overrides,
                          Table runs, List<String> parameters, int sessionsPerDay, List<String> anchors,
                          Map<String, String> issueNames, Map<String, String> references,
                          Map<String, double[]> sampled) {
    /** Columns between {@code seed} and {@code outcome} that label runs rather than set a parameter. */
    private static final java.util.Set<String> BOOKKEEPING =
            java.util.Set.of(Runs.INPUT_DRAW, Runs.POINT, Runs.REPLICATION);
    /** Designs that sample each parameter from a continuous range (docs/experiments.md, "Designs"). */
    private static final java.util.Set<String> SAMPLING_DESIGNS = java.util.Set.of("latin_hypercube", "saltelli");

    /** Reads the folder; {@code runs.csv} must exist and have the documented columns. */
    public static ResultsData read(Path folder) throws PlotException {
        Table runs = Table.read(folder.resolve(Runs.FILE));
        runs.require(Runs.RUN, Runs.SEED, Runs.OUTCOME);
        List<String> h = runs.header();
        int seed = h.indexOf(Runs.SEED), outcome = h.indexOf(Runs.OUTCOME);
        if (outcome < seed) throw new PlotException(runs.file() + ":1: column 'outcome' must come after 'seed'");
        // a batch's input_draw labels runs that share inputs, a sweep's point and replication number its runs: none
        // is a design variable
        List<String> parameters = h.subList(seed + 1, outcome).stream()
                .filter(c -> !BOOKKEEPING.contains(c)).toList();
        Optional<JsonNode> manifest = JsonFiles.readIfPresent(folder.resolve(ResultsSchema.MANIFEST_FILE));
        Optional<JsonNode> summary = JsonFiles.readIfPresent(folder.resolve(ResultsSchema.SUMMARY_FILE));
        String scenario = manifest.map(m -> m.path(ManifestKeys.SCENARIO_NAME).asText(""))
                .filter(s -> !s.isEmpty())
                .or(() -> summary.map(s -> s.path(SummaryKeys.SCENARIO).asText("")).filter(s -> !s.isEmpty()))
                .orElse(String.valueOf(folder.toAbsolutePath().normalize().getFileName()));
        Map<String, String> overrides = new LinkedHashMap<>();
        manifest.ifPresent(m -> m.path(ManifestKeys.OVERRIDES).properties()
                .forEach(e -> overrides.put(e.getKey(), e.getValue().asText())));
        int perDay = manifest.map(m -> m.path(ManifestKeys.RESOLVED).path("calendar").path("sessions_per_day").asInt(0))
                .orElse(0);
        List<String> anchors = new java.util.ArrayList<>();
        manifest.ifPresent(m -> m.path(ManifestKeys.RESOLVED).path("validation").path("reference_coalitions").path(0)
                .path("anchors").forEach(a -> anchors.add(a.asText())));
        String label = manifest.map(m -> m.path(ManifestKeys.RESOLVED).path("label").asText("").strip())
                .filter(s -> !s.isEmpty()).orElse(scenario);
        return new ResultsData(folder, scenario, label, outcomes(summary, runs), overrides, runs, parameters, perDay,
                List.copyOf(anchors), issueNames(manifest), references(manifest), sampled(manifest));
    }

    /** The ranges of the factors of a sampling design, as the manifest records them. */
    private static Map<String, double[]> sampled(Optional<JsonNode> manifest) {
        Map<String, double[]> ranges = new LinkedHashMap<>();
        manifest.ifPresent(m -> {
            JsonNode design = m.path(ManifestKeys.DESIGN);
            if (!SAMPLING_DESIGNS.contains(design.path(ManifestKeys.Design.TYPE).asText(""))) return;
            for (JsonNode f : design.path(ManifestKeys.Design.FACTORS)) {
                JsonNode min = f.path(ManifestKeys.Factor.MIN), max = f.path(ManifestKeys.Factor.MAX);
                if (min.isNumber() && max.isNumber() && min.doubleValue() < max.doubleValue())
                    ranges.put(f.path(ManifestKeys.Factor.KEY).asText(), new double[] {min.doubleValue(),
                            max.doubleValue()});
            }
        });
        return java.util.Collections.unmodifiableMap(ranges);
    }

    /** The {@code id: name} pairs of the manifest's resolved scenario: files name issues by id, figures by name. */
    private static Map<String, String> issueNames(Optional<JsonNode> manifest) {
        Map<String, String> names = new LinkedHashMap<>();
        manifest.ifPresent(m -> m.path(ManifestKeys.RESOLVED).path("issues").forEach(i -> {
            String id = i.path("id").asText(""), name = i.path("name").asText("");
            if (!id.isEmpty()) names.put(id, name.isBlank() ? id : name);
        }));
        return java.util.Collections.unmodifiableMap(names);
    }

    private static Map<String, String> references(Optional<JsonNode> manifest) {
        Map<String, String> ids = new LinkedHashMap<>();
        manifest.ifPresent(m -> m.path(ManifestKeys.RESOLVED).path("validation").path("reference_coalitions")
                .forEach(r -> {
                    String id = r.path("id").asText("");
                    if (!id.isEmpty()) ids.put(id.toLowerCase(java.util.Locale.ROOT), id);
                }));
        return java.util.Collections.unmodifiableMap(ids);
    }

    /** The name the scenario gives issue {@code id}, or the id itself when the folder does not say. */
    public String issueName(String id) {
        return issueNames.getOrDefault(id, id);
    }

    private static List<String> outcomes(Optional<JsonNode> summary, Table runs) {
        Set<String> labels = new LinkedHashSet<>();
        summary.ifPresent(s -> s.path(SummaryKeys.OUTCOMES).properties().forEach(e -> labels.add(e.getKey())));
        if (labels.isEmpty()) {
            // a sweep's summary has no outcome table: every outcome the model defines, so that one no run reached
            // is a share of 0 rather than unknown (plot's default outcome, breakdown, on a sweep that always agrees)
            for (org.ministerial.model.Outcome o : org.ministerial.model.Outcome.values()) labels.add(o.label());
            Set<String> seen = new TreeSet<>();
            for (Table.Row r : runs.rows()) seen.add(runs.text(r, Runs.OUTCOME));
            seen.remove(Runs.FAILED_OUTCOME);
            labels.addAll(seen);
        }
        return List.copyOf(labels);
    }

    /** Whether runs share draws of the uncertain inputs (a batch's {@code input_draw}): intervals are then on the effective runs. */
    public boolean drawsShared() {
        return runs.header().contains(Runs.INPUT_DRAW);
    }

    /** The caption's note on intervals over runs that share input draws, or "" when none of the batches' do. */
    static String effectiveRunsNote(List<? extends LabelledBatch> batches) {
        for (LabelledBatch b : batches)
            if (b.data().drawsShared())
                return " Intervals are on the effective runs: runs that share an input draw are alike (Kish's design"
                        + " effect).";
        return "";
    }

    /** Rows of runs that completed (outcome other than {@code error}). */
    public List<Table.Row> completed() {
        List<Table.Row> out = new ArrayList<>();
        for (Table.Row r : runs.rows()) if (!Runs.FAILED_OUTCOME.equals(runs.text(r, Runs.OUTCOME))) out.add(r);
        return out;
    }

    /** The share of completed runs ending in {@code outcome}. */
    public Proportion share(String outcome) throws PlotException {
        return share(completed(), outcome);
    }

    /** The share of the given completed rows ending in {@code outcome}. */
    public Proportion share(List<Table.Row> rows, String outcome) throws PlotException {
        if (rows.isEmpty()) throw new PlotException(runs.file() + ": no completed runs to count outcomes in");
        // runs that share a draw of the inputs are alike: the interval is on the effective runs, as in summary.json
        boolean drawn = drawsShared();
        org.ministerial.statistics.ClusteredShare.Counter counter = new org.ministerial.statistics.ClusteredShare.Counter();
        for (Table.Row r : rows) {
            String draw = drawn ? runs.text(r, Runs.INPUT_DRAW) : "";
            counter.add(draw.isEmpty() ? -1 : Integer.parseInt(draw), outcome.equals(runs.text(r, Runs.OUTCOME)));
        }
        return new Proportion(counter.share());
    }

    /** Parameter columns whose value differs between rows: the design variables of a sweep. */
    public List<String> varyingParameters() {
        List<String> out = new ArrayList<>();
        for (String p : parameters) {
            Set<String> values = new LinkedHashSet<>();
            for (Table.Row r : runs.rows()) values.add(runs.text(r, p));
            if (values.size() > 1) out.add(p);
        }
        return out;
    }

    /** {@code rounds.csv.gz}, if the folder has it, with only the cells of {@code columns} read. */
    public Optional<Table> rounds(Collection<String> columns) throws PlotException {
        Optional<Path> file = optionalTable(ResultsSchema.Rounds.FILE);
        return file.isEmpty() ? Optional.empty() : Optional.of(Table.read(file.get(), columns));
    }

    /** {@code coalitions.csv.gz}, if the folder has it. */
    public Optional<Path> coalitions() {
        return optionalTable(ResultsSchema.Coalitions.FILE);
    }

    /** The compressed table, or the plain one of a folder written before tables were compressed. */
    private Optional<Path> optionalTable(String compressed) {
        String plain = compressed.substring(0, compressed.length() - ".gz".length());
        for (Path file : List.of(folder.resolve(compressed), folder.resolve(plain)))
            if (Files.exists(file)) return Optional.of(file);
        return Optional.empty();
    }

    /**
     * A short label: the overrides as {@code key = value} (without the {@code parameters.} prefix), leaving out those
     * in {@code common} with the same value (settings every compared batch shares); the scenario's display label
     * (its {@code label:}, else its name) if none is left.
     */
    public String label(Map<String, String> common) {
        List<String> parts = new ArrayList<>();
        overrides.forEach((k, v) -> {
            if (!v.equals(common.get(k)))
                parts.add(org.ministerial.model.Parameter.bareKey(k) + " = " + v);
        });
        return parts.isEmpty() ? scenarioLabel : String.join(", ", parts);
    }
}
