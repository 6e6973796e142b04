package org.ministerial.cli;

import org.ministerial.study.CommitmentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ministerial commitments}: per country, add-ons, bilateral acceptances and depth, from results folders. */
@Command(name = "commitments", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Tabulate, per country, how often it takes deep add-ons and accepts a bilateral offer, and its "
                + "mean commitment depth in each results folder (the first is the baseline).")
public final class CommitmentsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "RESULTS", description = "results folders with commitments.csv.gz")
    List<Path> results;

    @Option(names = "--label", paramLabel = "TEXT", description = "a column label per folder, in order, at most one "
            + "per folder (default: folder name)")
    List<String> labels = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "also write the Markdown table here")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // a label beyond the folders would head a column no row has: the table would not be a table
        if (labels.size() > results.size())
            throw new ParameterException(spec.commandLine(), "--label given "
                    + org.ministerial.plot.Labels.count(labels.size(), "time") + " for "
                    + org.ministerial.plot.Labels.count(results.size(), "results folder") + ": give at most one per folder, in order (a folder without "
                    + "one is named by its folder name)");
        List<String> names = new ArrayList<>(labels);
        for (int i = names.size(); i < results.size(); i++) names.add(results.get(i).getFileName().toString());
        String table = new CommitmentSummary(results, names).markdown();
        if (out != null) Files.writeString(out, table, StandardCharsets.UTF_8);
        spec.commandLine().getOut().print(table);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
