package org.ministerial.gui;

import org.junit.jupiter.api.Test;
import org.ministerial.model.Issue;
import org.ministerial.scenario.PolicySpaceAxes;
import org.ministerial.scenario.PolicySpaceAxes.Axis;
import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyAxesTest {
    private static final List<Issue> CANCUN_LIKE = List.of(
            new Issue("dom_support", null, "agriculture"),
            new Issue("investment", null, "singapore"),
            new Issue("trips", null, "trips"),
            new Issue("market_access", null, "agriculture"),
            new Issue("competition", null, "singapore"));
    private static final PolicySpaceAxes AGRICULTURE_SINGAPORE = new PolicySpaceAxes(
            new Axis("agriculture", List.of("dom_support", "market_access")),
            new Axis("singapore", List.of("investment", "competition")));

    @Test
    void eachAxisHoldsTheIssuesTheScenarioDeclares() {
        PolicyAxes axes = PolicyAxes.of(CANCUN_LIKE, AGRICULTURE_SINGAPORE);
        assertTrue(axes.onX(0) && axes.onX(3));
        assertFalse(axes.onX(1) || axes.onX(2) || axes.onX(4));
        assertTrue(axes.onY(1) && axes.onY(4));
        assertFalse(axes.onY(0) || axes.onY(2) || axes.onY(3));
        assertEquals("agriculture (dom_support, market_access)", axes.xLabel());
        assertEquals("singapore (investment, competition)", axes.yLabel());
        assertEquals("agriculture issues", axes.xName());
        assertEquals("singapore issues", axes.yName());
    }

    @Test
    void anAxisOfListedIssuesIsNamedByThem() {
        PolicyAxes axes = PolicyAxes.of(CANCUN_LIKE, new PolicySpaceAxes(new Axis("", List.of("trips")),
                new Axis("", List.of("investment", "dom_support"))));
        assertTrue(axes.onX(2) && axes.onY(0) && axes.onY(1));
        assertEquals("trips", axes.xName());
        assertEquals("investment, dom_support", axes.yLabel());
        assertThrows(IllegalArgumentException.class, () -> PolicyAxes.of(CANCUN_LIKE,
                new PolicySpaceAxes(new Axis("", List.of("cotton")), new Axis("", List.of("trips")))));
    }

    @Test
    void eachAxisIsTheSalienceWeightedMeanOfItsIssues() {
        PolicyAxes axes = PolicyAxes.of(CANCUN_LIKE, AGRICULTURE_SINGAPORE);
        double[] position = {0.2, 0.9, 1.0, 0.8, 0.3};
        double[] salience = {0.3, 0.1, 0.4, 0.1, 0.1};
        // x: (0.3 * 0.2 + 0.1 * 0.8) / 0.4 = 0.35; y: (0.1 * 0.9 + 0.1 * 0.3) / 0.2 = 0.6; trips counts on neither
        assertEquals(0.35, axes.x(position, salience), 1e-12);
        assertEquals(0.6, axes.y(position, salience), 1e-12);
    }

    @Test
    void issuesNobodyCaresAboutCountEqually() {
        PolicyAxes axes = PolicyAxes.of(CANCUN_LIKE, AGRICULTURE_SINGAPORE);
        double[] position = {0.2, 0.9, 1.0, 0.8, 0.3};
        assertEquals(0.5, axes.x(position, new double[5]), 1e-12);
    }

    /** The shipped scenarios declare the axes their displays always had. */
    @Test
    void theShippedScenariosKeepTheirAxes() throws Exception {
        for (String file : List.of("cancun-2003.yaml", "ftaa-miami-2003.yaml", "counterfactuals/no-coalitions.yaml",
                "counterfactuals/miami-no-precedent.yaml")) {
            PolicyAxes axes = PolicyAxes.of(ScenarioLoader.load(Path.of("scenarios", file), Map.of()));
            assertEquals("agriculture issues", axes.xName(), file);
            assertEquals("singapore issues", axes.yName(), file);
        }
        Scenario textbook = ScenarioLoader.load(Path.of("scenarios/textbook.yaml"), Map.of());
        assertEquals("market (tariffs)", PolicyAxes.of(textbook).xLabel());
        assertEquals("rules (rules)", PolicyAxes.of(textbook).yLabel());
    }
}
