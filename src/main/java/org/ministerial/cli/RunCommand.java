package org.ministerial.cli;

import org.ministerial.batch.Batch;
import org.ministerial.batch.BatchSettings;
import org.ministerial.batch.CompletedRun;
import org.ministerial.batch.Shard;
import org.ministerial.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ministerial run}: one negotiation, told as a story, with the same results files as a batch of one. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run one negotiation, print how it ended and write a results folder.")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Mixin
    OutputOptions output;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "base seed (default: ${DEFAULT-VALUE}); the run is run 0 of `batch --seed N`")
    long seed;

    @Option(names = "--record", paramLabel = "TABLE", split = ",",
            description = "also write an optional table: `actors` writes actors.csv, one row per session and government")
    List<String> record = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean actors = BatchCommand.recordsActors(spec, record);
        Scenario loaded = scenario.load();
        Path folder = output.folder(loaded);
        CompletedRun[] seen = new CompletedRun[1];
        Batch.execute(loaded, new BatchSettings(1, seed, 1, Shard.ALL, false).recordingActors(actors), folder, null, run -> seen[0] = run);
        PrintWriter out = spec.commandLine().getOut();
        RunReport.print(out, loaded.spec(), seen[0]);
        out.println("results: " + folder);
        out.flush();
        return seen[0].failed() ? 1 : 0;
    }
}
