package org.ministerial.sensitivity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sobol indices that say nothing are flagged, not reported as if they did. */
class UnreliableIndicesTest {
    private static SensitivityTable.Output output(double... values) {
        return new SensitivityTable.Output("y", 0.5, 0.1, null, List.of(new SensitivityTable.Row("a", values)));
    }

    @Test
    void anIndexOutsideItsRangeOrAnIntervalWiderThanOneIsFlagged() {
        assertNull(output(0.3, 0.2, 0.4, 0.5, 0.4, 0.6).unreliable());
        assertTrue(output(138.7, -134, 805, 0.5, 0.4, 0.6).unreliable().contains("index of a is 138.7"));
        assertTrue(output(0.3, -0.5, 0.8, 0.5, 0.4, 0.6).unreliable().contains("interval 1.3 wide"));
        assertTrue(output(0.3, 0.2, 0.4, -0.2, -0.3, -0.1).unreliable().startsWith("unreliable"));
    }

    @Test
    void theWarningNamesWhichIndexAndWhichRuleItBreaks() {
        // a first-order estimate below -0.1 with a narrow interval: the estimate fails, not the interval
        String low = output(-0.122, -0.34, 0.07, 0.3, 0.1, 0.6).unreliable();
        assertTrue(low.contains("the first-order index of a is -0.122, outside [-0.1, 1.1]"), low);
        assertTrue(!low.contains("interval"), low);
        String wide = output(0.3, 0.2, 0.4, 0.9, 0.2, 1.7).unreliable();
        assertTrue(wide.contains("the total-order index of a has an interval 1.5 wide (wider than 1"), wide);
    }
}
