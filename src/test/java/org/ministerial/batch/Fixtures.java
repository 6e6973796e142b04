package org.ministerial.batch;

import org.ministerial.model.ActorSpec;
import org.ministerial.model.Calendar;
import org.ministerial.model.ChairSpec;
import org.ministerial.model.ConsensusRule;
import org.ministerial.model.GroupSpec;
import org.ministerial.model.Issue;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.Parameters;
import org.ministerial.scenario.Scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small negotiation built in code, since tests must not depend on the scenario loader. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Three actors with opposed positions on two issues, one day of five sessions, consensus. */
    public static NegotiationSpec spec(List<GroupSpec> groups) {
        List<Issue> issues = List.of(new Issue("dom_support", "Domestic support", "agriculture"),
                new Issue("investment", "Investment", "singapore"));
        List<ActorSpec> actors = List.of(
                actor("USA", 1.0, new double[] {0.3, 0.7}, new double[] {0.5, 0.5}),
                actor("BRA", 0.6, new double[] {0.7, 0.4}, new double[] {0.7, 0.3}),
                actor("IND", 0.5, new double[] {0.65, 0.2}, new double[] {0.4, 0.6}));
        ChairSpec chair = new ChairSpec("Derbez", new int[] {0, 1}, new boolean[3], null);
        return NegotiationSpec.builder().name("test-meeting").issues(issues).actors(actors).groups(groups)
                .chair(chair).calendar(new Calendar(LocalDate.of(2003, 9, 10), 1, 5)).rule(new ConsensusRule())
                .parameters(Parameters.of(Map.of("noise.position", 0.15, "coalitions.leader_share", 0.67,
                        "coalitions.similarity", 0.3)))
                .build();
    }

    public static NegotiationSpec spec() {
        return spec(List.of());
    }

    /** The spec wrapped as a loaded scenario, with the given overrides and input files. */
    public static Scenario scenario(NegotiationSpec spec, Map<String, String> overrides, List<Path> inputs) {
        Map<String, Object> resolved = new LinkedHashMap<>();
        resolved.put("name", spec.name());
        resolved.put("issues", List.of("dom_support", "investment"));
        return new Scenario(spec, Path.of("scenarios/test.yaml"), resolved, inputs, overrides);
    }

    public static Scenario scenario() {
        return scenario(spec(), Map.of(), List.of());
    }

    private static ActorSpec actor(String code, double capability, double[] ideal, double[] salience) {
        return new ActorSpec(code, code, capability, ideal, salience, 0.05, 1.0, 0.5, List.of(), "developing");
    }
}
