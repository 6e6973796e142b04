package org.ministerial.cli;

import org.ministerial.batch.ProgramIdentity;
import org.ministerial.study.StudyRow;
import org.ministerial.study.StudyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ministerial robustness}: each named parameter moved down and up one at a time. */
@Command(name = "robustness", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Move each named parameter by -STEP and +STEP of its value, one at a time, and tabulate the "
                + "outcome shares and reference-coalition overlap against the baseline.")
public final class RobustnessCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file")
    Path scenario;

    @Option(names = "--parameters", paramLabel = "KEY", split = ",", required = true,
            description = "numeric model parameters to move, spelled as in --set (parameters.coalitions.similarity)"
                    + " or without the prefix, e.g. coalitions.similarity,coalitions.peer_ratio")
    List<String> parameters;

    @Option(names = "--step", paramLabel = "X", defaultValue = "0.2",
            description = "relative step (default: ${DEFAULT-VALUE}, i.e. -20%% and +20%%)")
    double step;

    @Mixin
    StudyOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProgramIdentity.prepareInBackground();
        String command = "bin/ministerial robustness " + scenario + " --parameters " + String.join(",", parameters)
                + " --step " + step + " --runs " + options.runs + " --seed " + options.seed;
        options.checkOut(command);
        if (!(step > 0 && step < 1)) throw new ParameterException(spec.commandLine(), "--step must be in (0, 1)");
        for (String key : parameters) {
            try {
                org.ministerial.scenario.ScenarioVariants.numericParameter(key);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--parameters: " + e.getMessage());
            }
        }
        // no folder before the inputs are read: each batch makes its own (and so the study's) when it starts
        var err = spec.commandLine().getErr();
        List<StudyRow> rows;
        StudyRunner runner;
        try (ResumeHint hint = ResumeHint.install(spec, options.out)) {
            runner = new StudyRunner(options.batch(spec), options.out, line -> {
                err.println(line);
                err.flush();
            }, StudyOutput.progress(hint, options.out, err));
            rows = runner.oneAtATime(scenario, options.overrides(), parameters, step);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        StudyOutput.write(rows, options.out, command, runner.heldNote(), spec.commandLine().getOut());
        return 0;
    }
}
