package org.ministerial.cli;

import org.ministerial.model.NegotiationSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.ministerial.model.NgoSpec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code ministerial validate}: loads a scenario without running it, so authors can check their files (and CI can
 * check every scenario) in a second. Problems are reported by the {@link ErrorHandler}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check a scenario and its tables; print ok or every problem as file:line: message.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        NegotiationSpec s = scenario.load().spec();
        PrintWriter out = spec.commandLine().getOut();
        out.println("ok");
        out.printf("%s: %s, %s, %s, %s%n", s.name(), count(s.issues().size(), "issue"),
                count(s.actors().size(), "actor"), count(s.ngos().size(), "NGO"),
                count(s.calendar().rounds(), "round"));
        int states = 0;
        for (var a : s.actors()) states += a.members().isEmpty() ? 1 : a.members().size();
        out.printf("member states: %d (unions speak for %d of them)%n", states,
                states - s.actors().stream().filter(a -> a.members().isEmpty()).count());
        if (!s.ngos().isEmpty()) {
            Map<String, Integer> byRegion = new TreeMap<>();
            for (NgoSpec n : s.ngos()) byRegion.merge(n.region().isEmpty() ? "(none)" : n.region(), 1, Integer::sum);
            StringJoiner regions = new StringJoiner(", ");
            byRegion.forEach((region, n) -> regions.add(region + " " + n));
            out.println("NGOs by region: " + regions);
        }
        out.flush();
        return 0;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
