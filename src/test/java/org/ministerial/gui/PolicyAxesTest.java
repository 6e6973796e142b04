package org.ministerial.gui;

import org.junit.jupiter.api.Test;
import org.ministerial.model.Issue;

import java.util.List;

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

    @Test
    void agricultureAcrossAndSingaporeUp() {
        PolicyAxes axes = PolicyAxes.of(CANCUN_LIKE);
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
    void eachAxisIsTheSalienceWeightedMeanOfItsIssues() {
        PolicyAxes axes = PolicyAxes.of(CANCUN_LIKE);
        double[] position = {0.2, 0.9, 1.0, 0.8, 0.3};
        double[] salience = {0.3, 0.1, 0.4, 0.1, 0.1};
        // x: (0.3 * 0.2 + 0.1 * 0.8) / 0.4 = 0.35; y: (0.1 * 0.9 + 0.1 * 0.3) / 0.2 = 0.6; trips counts on neither
        assertEquals(0.35, axes.x(position, salience), 1e-12);
        assertEquals(0.6, axes.y(position, salience), 1e-12);
    }

    @Test
    void issuesNobodyCaresAboutCountEqually() {
        PolicyAxes axes = PolicyAxes.of(CANCUN_LIKE);
        double[] position = {0.2, 0.9, 1.0, 0.8, 0.3};
        assertEquals(0.5, axes.x(position, new double[5]), 1e-12);
    }

    @Test
    void otherScenariosGetTheirFirstTwoGroupsOrIssues() {
        PolicyAxes groups = PolicyAxes.of(List.of(new Issue("tariffs", null, "market"),
                new Issue("rules", null, "rules"), new Issue("more_tariffs", null, "market")));
        assertEquals("market (tariffs, more_tariffs)", groups.xLabel());
        assertEquals("rules (rules)", groups.yLabel());

        PolicyAxes ungrouped = PolicyAxes.of(List.of(new Issue("a", null, null), new Issue("b", null, "")));
        assertTrue(ungrouped.onX(0) && ungrouped.onY(1));
        assertEquals("a", ungrouped.xLabel());

        PolicyAxes single = PolicyAxes.of(List.of(new Issue("only", null, "g")));
        assertTrue(single.onX(0) && single.onY(0));
        assertThrows(IllegalArgumentException.class, () -> PolicyAxes.of(List.of()));
    }
}
