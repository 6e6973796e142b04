package org.ministerial.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ministerial.batch.Batch;
import org.ministerial.batch.BatchSettings;
import org.ministerial.batch.CompletedRun;
import org.ministerial.batch.Manifest;
import org.ministerial.batch.ManifestKeys;
import org.ministerial.batch.ProgramIdentity;
import org.ministerial.batch.ResultsFolderException;
import org.ministerial.batch.ResultsSchema.Runs;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.RunSeeds;
import org.ministerial.batch.RunsCsv;
import org.ministerial.batch.SeedText;
import org.ministerial.batch.Shard;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioException;
import org.ministerial.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ministerial run}: one negotiation, told as a story, with the same results files as a batch of one. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run one negotiation, print how it ended and write a results folder.",
                "With --replay RESULTS --run N, run N of that batch again, exactly."})
public final class RunCommand implements Callable<Integer> {
    @Mixin
    ReplayableScenario source;

    @Mixin
    OutputOptions output;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", converter = SeedConverter.class,
            description = "base seed (default: ${DEFAULT-VALUE}); the run is run 0 of `batch --seed N`")
    long seed;

    @Option(names = "--record", paramLabel = "TABLE", split = ",",
            description = "also write an optional table: `actors` writes actors.csv.gz, one row per round and "
                    + "government")
    List<String> record = new ArrayList<>();

    @Option(names = "--force", description = ExecutionOptions.FORCE)
    boolean force;

    @Option(names = "--graphml", description = "also write networks.graphml: the run's coalition and NGO-pressure"
            + " networks at the end, for Gephi, igraph or networkx")
    boolean graphml;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProgramIdentity.prepareInBackground();
        boolean actors = BatchCommand.recordsActors(spec, record);
        Replay again = replay(spec, source.file, source.settings, source.replay, source.run, "--seed");
        Scenario loaded = again != null ? again.scenario()
                : ScenarioLoader.load(source.file, overrides(source.settings));
        Path folder = output.folder(loaded);
        PrintWriter out = spec.commandLine().getOut();
        if (again != null) {
            // a replay from inputs other than the batch's would not be its run, though it would look like it
            List<String> changed = again.changedInputs();
            if (!changed.isEmpty())
                throw new ResultsFolderException(String.join(", ", changed) + (changed.size() == 1 ? " has" : " have")
                        + " changed since the batch in " + source.replay + " was made (its manifest.json keeps each"
                        + " input's SHA-256): the replay would not be run " + again.run() + " of it; restore the"
                        + " batch's inputs (the commit in its manifest), or run the scenario as it is now with"
                        + " `run SCENARIO --seed ...`");
            out.printf("replaying run %d of %s (seed %s)%n", again.run(), source.replay, SeedText.format(again.seed()));
        }
        CompletedRun[] seen = new CompletedRun[1];
        BatchSettings batch = again != null ? again.settings(force)
                : new BatchSettings(1, seed, 1, Shard.ALL, false, force);
        Batch.execute(loaded, batch.recordingActors(actors), folder, null, r -> seen[0] = r);
        // the report's compromise text is the run's own: run 0's draw of the uncertain inputs (input draw 0)
        RunReport.print(out, again != null ? again.spec()
                : loaded.spec().withInputsDrawn(RunSeeds.inputSeed(seed, 0)), seen[0], again != null
                ? "run " + again.run() + " of the batch with --seed " + again.baseSeed() + " (remade by run --replay)"
                : "--seed " + seed + ", run 0 of the batch with that base seed");

        if (graphml && !seen[0].failed()) {
            // the same run again, kept to its end state (the batch machinery keeps only its results)
            NegotiationSpec runSpec = again != null ? again.spec()
                    : loaded.spec().withInputsDrawn(RunSeeds.inputSeed(seed, 0));
            Negotiation model = Negotiation.prepare(runSpec, again != null ? again.seed() : RunSeeds.seed(seed, 0));
            model.start();
            while (!model.isFinished() && model.schedule.step(model)) {
                // one round a step
            }
            out.println("networks: " + NetworksGraphml.write(model, folder));
        }
        out.println("results: " + folder);
        out.flush();
        return seen[0].failed() ? 1 : 0;
    }

    static Map<String, String> overrides(List<Setting> settings) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Setting s : settings) map.put(s.key(), s.value());
        return map;
    }

    /**
     * The replay the options ask for, or null when they ask for none; checks that {@code --replay} and {@code --run}
     * come together and without a scenario, {@code --set} or {@code seedOption}.
     */
    static Replay replay(CommandSpec spec, Path file, List<Setting> settings, Path replay, Integer run,
                         String seedOption) throws IOException, ScenarioException {
        boolean seedGiven = spec.commandLine().getParseResult().hasMatchedOption(seedOption);
        if (replay == null) {
            if (run != null) throw new ParameterException(spec.commandLine(), "--run needs --replay RESULTS");
            if (file == null) throw new ParameterException(spec.commandLine(), "Missing required parameter: 'SCENARIO'");
            return null;
        }
        if (run == null) throw new ParameterException(spec.commandLine(), "--replay needs --run N");
        if (file != null || !settings.isEmpty() || seedGiven)
            throw new ParameterException(spec.commandLine(), "--replay takes the scenario, overrides and seed from "
                    + "the batch; give no SCENARIO, --set or " + seedOption);
        return Replay.of(replay, run);
    }

    /**
     * Run {@code run} of a finished batch, to be made again: the batch's scenario with its overrides (from its
     * {@code manifest.json}), and the run's seed and input draw, checked against its row of {@code runs.csv}. Made
     * as the one run of shard {@code run/runs} of the same batch, it writes the same rows.
     *
     * @param scenario    the batch's scenario, loaded again with its overrides
     * @param run         the 0-based run
     * @param runs        runs of the batch
     * @param baseSeed    the batch's base seed
     * @param runsPerDraw runs per input draw
     * @param seed        the run's model seed
     * @param inputs      the batch's input files with their SHA-256, from the manifest
     */
    record Replay(Scenario scenario, int run, int runs, long baseSeed, int runsPerDraw, long seed,
                  Map<String, String> inputs) {
        static Replay of(Path results, int run) throws IOException, ScenarioException {
            Path manifestFile = results.resolve(ResultsSchema.MANIFEST_FILE);
            if (!Files.isDirectory(results))
                throw new ResultsFolderException(results + ": no such folder; --replay takes the finished results"
                        + " folder of a batch or run");
            if (!Files.isRegularFile(manifestFile))
                throw new ResultsFolderException(results + " has no manifest.json: --replay takes the finished "
                        + "results folder of a batch or run");
            JsonNode m = new ObjectMapper().readTree(manifestFile.toFile());
            String kind = m.path(ManifestKeys.KIND).asText("");
            if (!kind.equals(ManifestKeys.KIND_BATCH))
                throw new ResultsFolderException(manifestFile + ": the folder of a " + (kind.isEmpty() ? "?" : kind)
                        + "; --replay takes the folder of a batch or run");
            if (!m.path(ManifestKeys.SCENARIO).isTextual())
                throw new ResultsFolderException(manifestFile + " names no scenario file to replay");
            Map<String, String> overrides = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = m.path(ManifestKeys.OVERRIDES).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                overrides.put(e.getKey(), e.getValue().asText());
            }
            Map<String, String> inputs = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = m.path(ManifestKeys.INPUTS).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                inputs.put(e.getKey(), e.getValue().asText());
            }
            long base = m.path(ManifestKeys.BASE_SEED).asLong();
            int runs = m.path(ManifestKeys.RUNS).asInt();
            int perDraw = m.path(ManifestKeys.RUNS_PER_DRAW).asInt(BatchSettings.DEFAULT_RUNS_PER_DRAW);
            if (run < 0 || run >= runs)
                throw new ResultsFolderException(results + " holds runs 0 to " + (runs - 1) + "; --run " + run
                        + " is not one of them");
            RunsCsv.Row row = null;
            try (RunsCsv table = RunsCsv.open(results.resolve(Runs.FILE))) {
                for (RunsCsv.Row r : table) {
                    if (r.run() == run) {
                        row = r;
                        break;
                    }
                }
            }
            if (row == null)
                throw new ResultsFolderException(results.resolve(Runs.FILE) + " has no row for run " + run
                        + " (a shard holds only its share of the runs)");
            long seed;
            try {
                seed = SeedText.parse(row.get(Runs.SEED));
            } catch (NumberFormatException e) {
                throw new ResultsFolderException(results.resolve(Runs.FILE) + ": run " + run + ": " + e.getMessage());
            }
            if (seed != RunSeeds.seed(base, run))
                throw new ResultsFolderException(results.resolve(Runs.FILE) + ": run " + run + " has seed "
                        + SeedText.format(seed) + ", not the one base seed " + base + " gives it ("
                        + SeedText.format(RunSeeds.seed(base, run)) + ")");
            if (row.cells().has(Runs.INPUT_DRAW)
                    && Integer.parseInt(row.get(Runs.INPUT_DRAW)) != run / perDraw)
                throw new ResultsFolderException(results.resolve(Runs.FILE) + ": run " + run + " has input draw "
                        + row.get(Runs.INPUT_DRAW) + ", not the " + (run / perDraw) + " its runs per draw ("
                        + perDraw + ") give");
            Path file = Path.of(m.path(ManifestKeys.SCENARIO).asText());
            // the manifest keeps the scenario's path as the batch's command gave it, relative to where it started:
            // most often the project's folder (scenarios/...), where the launcher also is; the inputs' checksums
            // then tell whether what is found there is what the batch read
            Path home = org.ministerial.batch.BuildInfo.home();
            if (!file.isAbsolute() && !Files.exists(file) && home != null && Files.exists(home.resolve(file)))
                file = home.resolve(file);
            if (!file.isAbsolute() && !Files.exists(file))
                throw new ResultsFolderException(manifestFile + " names the scenario " + file + ", a path relative to"
                        + " the folder the batch was started in, and there is no " + file + " here ("
                        + Path.of("").toAbsolutePath() + ") nor in the project's folder: run the replay from that"
                        + " folder");
            Scenario scenario = ScenarioLoader.load(file, overrides);
            return new Replay(scenario, run, runs, base, perDraw, seed, inputs);
        }

        /** The model input of the run: the scenario with the run's draw of the uncertain inputs. */
        NegotiationSpec spec() {
            NegotiationSpec spec = scenario.spec();
            return spec.inputsVary() ? spec.withInputsDrawn(RunSeeds.inputSeed(baseSeed, run / runsPerDraw)) : spec;
        }

        /**
         * The batch narrowed to this run: shard {@code run/runs}, written anew; the finished results of a different
         * command in its folder are replaced only if {@code replace}.
         */
        BatchSettings settings(boolean replace) {
            return new BatchSettings(runs, baseSeed, 1, new Shard(run, runs), false, replace, runsPerDraw);
        }

        /** Input files whose contents differ from the batch's (or that it did not read). */
        List<String> changedInputs() throws IOException {
            List<String> changed = new ArrayList<>();
            // by content: the manifest names each file as seen from the folder the batch started in, and a replay
            // from elsewhere sees the same file under another name
            java.util.Set<String> recorded = new java.util.HashSet<>(inputs.values());
            for (Map.Entry<String, String> e : Manifest.inputs(scenario).entrySet())
                if (!recorded.contains(e.getValue())) changed.add(e.getKey());
            return changed;
        }
    }
}
