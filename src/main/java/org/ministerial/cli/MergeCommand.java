package org.ministerial.cli;

import org.ministerial.batch.FolderLock;
import org.ministerial.batch.ManifestKeys;
import org.ministerial.batch.Merge;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.Summary;
import org.ministerial.experiment.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ministerial merge}: joins the results folders of the shards of one batch or sweep ({@code --shard i/n})
 * into the folder the whole run would have written, and recomputes its summary.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Join the results folders of the shards of one batch or sweep (--shard i/n) into one folder.",
                "The merged files equal those of the whole run made at once, except manifest.json."})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(index = "0..*", arity = "1..*", paramLabel = "PART", description = "the shards' results folders")
    List<Path> parts;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the merged results folder")
    Path out;

    @Option(names = "--force", description = ExecutionOptions.FORCE)
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        try (FolderLock lock = FolderLock.acquire(out)) {
            Merge.Merged merged = Merge.merge(parts, out, List.of(ResultsSchema.Sweeps.DESIGN_FILE), force);
            o.printf("merged %d shards, %d runs%n", merged.parts().size(), merged.runs());
            if (merged.kind().equals(ManifestKeys.KIND_SWEEP)) {
                Sweep.finishMerged(out, merged);
                PointsTable.print(o, out);
            } else {
                Merge.finishBatch(out, merged);
                SummaryTable.print(o, Summary.of(out.resolve(ResultsSchema.Runs.FILE)));
            }
        }
        o.println("results: " + out);
        o.flush();
        return 0;
    }
}
