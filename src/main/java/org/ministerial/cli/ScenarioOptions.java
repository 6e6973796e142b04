package org.ministerial.cli;

import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioException;
import org.ministerial.scenario.ScenarioLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scenario file and its {@code --set} overrides, shared by every command that loads a scenario. */
public final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file (YAML)")
    Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE", converter = Setting.Converter.class,
            description = "override a scenario value, e.g. --set parameters.chair.agenda_power=0.7 (repeatable; "
                    + "applied in order)")
    List<Setting> settings = new ArrayList<>();

    /** The overrides in the order given; a key given twice keeps its first position and its last value. */
    public Map<String, String> overrides() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Setting s : settings) map.put(s.key(), s.value());
        return map;
    }

    public Scenario load() throws ScenarioException {
        return ScenarioLoader.load(file, overrides());
    }
}
