package org.ministerial.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shards of different plans are refused with what differs, not only that something does. */
class MergeDifferencesTest {
    @Test
    void theKeysThatDifferAreNamedWithTheirValues() throws Exception {
        ObjectMapper json = new ObjectMapper();
        var a = json.readTree("{\"scenario\":\"s.yaml\",\"base_seed\":1,\"runs\":100,\"overrides\":{\"x\":\"1\"}}");
        var b = json.readTree("{\"scenario\":\"s.yaml\",\"base_seed\":2,\"runs\":100,\"overrides\":{\"x\":\"2\"}}");
        assertEquals("overrides {\"x\":\"1\"} against {\"x\":\"2\"}; base_seed 1 against 2", Merge.differences(a, b));
        assertEquals("other inputs, seed, design or program version", Merge.differences(a, a));
    }
}
