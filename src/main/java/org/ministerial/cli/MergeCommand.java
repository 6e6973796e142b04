package org.ministerial.cli;

import org.ministerial.batch.FolderLock;
import org.ministerial.batch.ManifestKeys;
import org.ministerial.batch.Merge;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.experiment.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
        Path made = outermostMissing(out);
        boolean merged = false;
        try {
            merge(o);
            merged = true;
        } catch (java.io.IOException e) {
            throw org.ministerial.batch.ResultsFolder.explainFullDisk(e, out, "the merged results",
                    "the parts are untouched: free some space and merge again");
        } finally {
            // a merge that failed leaves no folder it made for nothing behind
            if (!merged && made != null) removeEmpty(out, made);
        }
        o.println("results: " + out);
        o.flush();
        return 0;
    }

    private void merge(PrintWriter o) throws java.io.IOException {
        try (FolderLock lock = FolderLock.acquire(out)) {
            Merge.Merged merged = Merge.merge(parts, out, List.of(ResultsSchema.Sweeps.DESIGN_FILE), force);
            o.printf("merged %d shards, %d runs%n", merged.parts().size(), merged.runs());
            if (merged.kind().equals(ManifestKeys.KIND_SWEEP)) {
                Sweep.finishMerged(out, merged);
                PointsTable.print(o, out);
            } else {
                Merge.finishBatch(out, merged);
                var digest = org.ministerial.batch.RunsDigest.of(out.resolve(ResultsSchema.Runs.FILE), List.of());
                SummaryTable.print(o, digest.summary());
                // as batch prints it for the same runs: where each result's variance comes from
                if (digest.split() != null) SummaryTable.print(o, digest.split(), true);
            }
        }
    }

    /** The outermost of {@code folder} and its parents that does not exist yet, or null if {@code folder} exists. */
    static Path outermostMissing(Path folder) {
        Path missing = null;
        for (Path p = folder.toAbsolutePath().normalize(); p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
             p = p.getParent())
            missing = p;
        return missing;
    }

    /**
     * Deletes {@code folder} and its parents up to {@code made} (the outermost folder this command made), each while
     * it is empty: a file put there in the meantime keeps it and its parents.
     */
    static void removeEmpty(Path folder, Path made) {
        for (Path p = folder.toAbsolutePath().normalize(); p != null && p.startsWith(made); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (java.io.IOException notEmptyOrGone) {
                return;
            }
        }
    }
}
