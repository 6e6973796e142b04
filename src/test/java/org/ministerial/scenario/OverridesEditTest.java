package org.ministerial.scenario;

import org.junit.jupiter.api.Test;
import org.ministerial.model.NegotiationSpec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a counterfactual needs of --set: an optional entry the file lacks, one more list item, an entry removed. */
class OverridesEditTest {
    private static final Path CANCUN = Path.of("scenarios/cancun-2003.yaml");

    private static NegotiationSpec load(String... keyValues) throws Exception {
        Map<String, String> set = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) set.put(keyValues[i], keyValues[i + 1]);
        return ScenarioLoader.load(CANCUN, set).spec();
    }

    @Test
    void anOptionalEntryTheFileDoesNotWriteCanBeSet() throws Exception {
        NegotiationSpec spec = load("chair.off_table", "[investment, competition]");
        assertEquals(2, spec.chair().offTable().length);
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("chair.offtable", "[investment]"));
        assertTrue(e.getMessage().contains("did you mean 'off_table'"), e.getMessage());
    }

    @Test
    void anItemIsAppendedToAListAndAnEntryRemoved() throws Exception {
        int events = load().events().size();
        assertEquals(events + 1, load("events+", "{day: 3, session: 1, type: revised_text, label: another draft}")
                .events().size());
        assertEquals(30, countTrue(load().chair().greenRoom()), "the scenario's green room");
        assertEquals(0, countTrue(load("chair.green_room", "null").chair().greenRoom()), "removed: nobody invited");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("chair.name+", "x"));
        assertTrue(e.getMessage().contains("is not a list"), e.getMessage());
    }

    private static int countTrue(boolean[] flags) {
        int n = 0;
        for (boolean b : flags) if (b) n++;
        return n;
    }
}
