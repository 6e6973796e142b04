package org.ministerial.cli;

import org.ministerial.batch.ProgramIdentity;
import org.ministerial.study.StudyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ministerial compare}: a baseline and its counterfactuals, one batch each, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a batch of each scenario (a baseline first, then counterfactuals) and tabulate outcome "
                + "shares with 95%% intervals and reference-coalition overlap.")
public final class CompareCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "scenario files, the baseline first")
    List<Path> scenarios;

    @Mixin
    StudyOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProgramIdentity.prepareInBackground();
        String command = "bin/ministerial compare " + String.join(" ", scenarios.stream().map(Path::toString).toList())
                + " --runs " + options.runs + " --seed " + options.seed;
        options.checkOut(command);
        // no folder before the inputs are read: each batch makes its own (and so the study's) when it starts
        var err = spec.commandLine().getErr();
        List<org.ministerial.study.StudyRow> rows;
        try (ResumeHint hint = ResumeHint.install(spec, options.out)) {
            rows = new StudyRunner(options.batch(spec), options.out, line -> {
                err.println(line);
                err.flush();
            }, StudyOutput.progress(hint, options.out, err)).compare(scenarios, options.overrides());
        }
        StudyOutput.write(rows, options.out, command, spec.commandLine().getOut());
        return 0;
    }
}
