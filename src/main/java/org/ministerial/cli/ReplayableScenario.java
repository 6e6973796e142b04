package org.ministerial.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario of {@code run} and {@code gui}: a scenario file with its {@code --set} overrides, or
 * {@code --replay RESULTS --run N}, run N of a finished batch (its scenario, overrides, seed and input draw).
 */
final class ReplayableScenario {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "the scenario file (YAML); not with --replay, which takes it from the batch's manifest")
    Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE", converter = Setting.Converter.class,
            description = "override a scenario value, e.g. --set parameters.chair.agenda_power=0.7 (repeatable; "
                    + "applied in order)")
    List<Setting> settings = new ArrayList<>();

    @Option(names = "--replay", paramLabel = "RESULTS",
            description = "the results folder of a batch: run N of it (--run N) again, with the batch's scenario, "
                    + "overrides, seed and input draw")
    Path replay;

    @Option(names = "--run", paramLabel = "N", description = "with --replay: the 0-based run of the batch")
    Integer run;
}
