package org.ministerial.cli;

import org.ministerial.batch.Execution;
import org.ministerial.batch.ProgramIdentity;
import org.ministerial.batch.ProgressReporter;
import org.ministerial.batch.ResultsFolder;
import org.ministerial.batch.Shard;
import org.ministerial.experiment.Experiment;
import org.ministerial.experiment.ExperimentReader;
import org.ministerial.experiment.Sweep;
import org.ministerial.experiment.SweepPlan;
import org.ministerial.model.Negotiation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code ministerial sweep}: every design point of an experiment file times its replications, in parallel, into one
 * results folder. The default folder does not depend on the time, so running the same command again after a crash
 * resumes the sweep.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run an experiment: a design of parameter values (factorial, list, Latin hypercube, Saltelli, "
                + "Morris) times replications; see docs/experiments.md.",
                "Run the same command again to resume an interrupted sweep."})
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "the experiment file (YAML)")
    Path file;

    @Option(names = "--out", paramLabel = "DIR",
            description = "results folder (default: results/<experiment-name>/, or .../shard-I-of-N/ with --shard)")
    Path out;

    @Mixin
    ExecutionOptions execution;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProgramIdentity.prepareInBackground();
        int threads = execution.threads(spec);
        Shard shard = execution.shard;
        Experiment experiment = ExperimentReader.read(file);
        SweepPlan plan = SweepPlan.of(experiment);
        CompilerPlan.applyWhereItPays(threads, shard.size(plan.size()));
        Path folder = out != null ? out : defaultFolder(experiment.name(), shard);
        PrintWriter err = spec.commandLine().getErr();
        Execution.Report report;
        try (ResumeHint hint = ResumeHint.install(spec, folder)) {
            report = Sweep.run(plan, shard, threads, folder, (done, total) -> {
                if (done > 0) err.printf("resuming %s: %d of %d runs already written%n", folder, done, total);
                return hint.follow(ProgressReporter.forTask("sweep", done, total, err), total);
            }, null, Negotiation::runToEnd, execution.force);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (report.alreadyComplete()) o.println("already complete: " + folder + " holds this sweep's results");
        o.printf("experiment: %s, %s design, %d points x %d replications = %d runs%s%n", experiment.name(),
                experiment.design().type(), plan.points().size(), experiment.replications(), plan.size(),
                shard.whole() ? "" : " (this is shard " + shard + ": " + report.runs() + " runs)");
        PointsTable.print(o, folder);
        o.println("results: " + folder);
        o.flush();
        return 0;
    }

    /** {@code results/<name>/}, or {@code results/<name>/shard-I-of-N/} for a shard. */
    static Path defaultFolder(String name, Shard shard) {
        Path base = ResultsFolder.DEFAULT_BASE.resolve(ResultsFolder.safe(name));
        return shard.whole() ? base : base.resolve("shard-" + shard.index() + "-of-" + shard.count());
    }
}
