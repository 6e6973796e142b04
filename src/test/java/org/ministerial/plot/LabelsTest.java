package org.ministerial.plot;

import org.junit.jupiter.api.Test;
import org.ministerial.model.Parameter;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Axis titles: a parameter's label from {@link Parameter}, a measure's reader's name, captions keeping the key. */
class LabelsTest {
    @Test
    void aParameterIsShownByItsLabelWithOrWithoutTheSweepPrefix() {
        assertEquals("Chair's agenda power", Labels.parameter("parameters.chair.agenda_power"));
        assertEquals("Coalition similarity threshold", Labels.parameter("coalitions.similarity"));
        assertEquals("Chair's patience (rounds)", Labels.parameter("parameters.chair.patience"));
        // a path into the scenario is no model parameter: shown as written
        assertEquals("calendar.days", Labels.parameter("calendar.days"));
    }

    @Test
    void everyParameterHasItsOwnShortLabel() {
        Set<String> seen = new HashSet<>();
        for (Parameter p : Parameter.values()) {
            String l = p.label();
            assertFalse(l.isBlank(), p.key());
            assertTrue(Character.isUpperCase(l.charAt(0)), l);
            // an axis title on a 3.5 in figure: short, and never the key itself
            assertTrue(l.length() <= 40, l);
            assertFalse(l.contains(p.key()) || l.contains("_"), l);
            assertTrue(seen.add(l), "two parameters labelled " + l);
        }
    }

    @Test
    void captionsNameTheKeyBesideTheLabel() {
        assertEquals("chair's agenda power (parameters.chair.agenda_power)",
                Labels.parameterWithKey("parameters.chair.agenda_power"));
        assertEquals("chair's patience (rounds; parameters.chair.patience)",
                Labels.parameterWithKey("parameters.chair.patience"));
        assertEquals("calendar.days", Labels.parameterWithKey("calendar.days"));
    }

    @Test
    void measuresAreNamedForAReaderWithReferenceCoalitionsAsTheScenarioWritesThem() {
        Map<String, String> refs = Map.of("g21", "G21");
        assertEquals("Breakdown", Labels.measure("breakdown", refs));
        assertEquals("Breakdown share", Labels.measure("breakdown_share", refs));
        assertEquals("End round", Labels.measure("end_round", refs));
        assertEquals("G21 emerged", Labels.measure("g21_found", refs));
        assertEquals("G21 overlap (Jaccard)", Labels.measure("g21_jaccard", refs));
        assertEquals("cairns emerged", Labels.measure("cairns_found", refs));
        assertEquals("Mean utility", Labels.measure("mean_utility", refs));
        assertEquals("G21 emerged", Labels.inSentence("G21 emerged"));
        assertEquals("end round", Labels.inSentence("End round"));
    }
}
