package org.ministerial.cli;

import org.ministerial.batch.ProgramIdentity;
import org.ministerial.batch.ResultsFolder;
import org.ministerial.calibration.Calibration;
import org.ministerial.calibration.CalibrationException;
import org.ministerial.calibration.CalibrationPlan;
import org.ministerial.calibration.CalibrationReader;
import org.ministerial.calibration.CalibrationRun;
import org.ministerial.model.Negotiation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code ministerial calibrate}: approximate Bayesian computation (ABC-SMC) of a scenario's parameters against
 * observed patterns, into one results folder. The default folder does not depend on the time, so running the same
 * command again after a crash continues the calibration.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Calibrate parameters against observed patterns by approximate Bayesian computation: "
                + "ABC-SMC (Beaumont et al. 2009) with adaptive tolerances. The experiment file gives the scenario, "
                + "uniform priors, the targets (measure, observed value, tolerance scale), holdout patterns and the "
                + "abc: settings; see docs/experiments.md, \"Calibration (ABC)\".",
                "Writes posterior.csv, particles.csv, generations.csv, summary.json and manifest.json. Results do not "
                        + "depend on --threads. Run the same command again to continue an interrupted calibration "
                        + "(it keeps every finished generation and the proposals of the one under way).",
                "No --shard: each generation needs the whole previous one; on a cluster run it as one single-node "
                        + "job (docs/experiments.md)."})
public final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "the calibration experiment file (YAML)")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/<experiment-name>/)")
    Path out;

    @Option(names = "--threads", paramLabel = "K", description = ExecutionOptions.THREADS)
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = ExecutionOptions.FORCE)
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProgramIdentity.prepareInBackground();
        ExecutionOptions.checkedThreads(spec, threads);
        Calibration calibration = CalibrationReader.read(file);
        CalibrationPlan plan = CalibrationPlan.of(calibration, Negotiation::runToEnd);
        Path folder = out != null ? out : ResultsFolder.DEFAULT_BASE.resolve(ResultsFolder.safe(calibration.name()));
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        CalibrationRun.Report report;
        try (ResumeHint hint = ResumeHint.install(spec, folder)) {
            report = CalibrationRun.run(plan, threads, folder, Negotiation::runToEnd, force, err);
        } catch (CalibrationException e) {
            throw new UserInputException(e.getMessage());
        }
        if (report.alreadyComplete()) o.println("already complete: " + folder + " holds this calibration's results");
        CalibrationTable.print(o, folder);
        o.println("results: " + folder);
        o.flush();
        return 0;
    }
}
