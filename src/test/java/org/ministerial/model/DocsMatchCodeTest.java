package org.ministerial.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/ODD.md lists exactly the parameters the model has, with their defaults. */
class DocsMatchCodeTest {
    @Test
    void oddParameterTableMatchesParameters() throws Exception {
        String odd = Files.readString(Path.of("docs/ODD.md"));
        Matcher m = Pattern.compile("(?m)^\\| `([a-z_.]+)` \\| ([^|]+) \\|").matcher(odd);
        Set<String> documented = new HashSet<>();
        while (m.find()) {
            documented.add(m.group(1));
            Parameter d = Parameter.byKey(m.group(1));
            if (d == null) continue;
            String def = m.group(2).trim();
            double value = def.equals("true") ? 1 : def.equals("false") ? 0 : Double.parseDouble(def);
            assertEquals(d.defaultValue(), value, 1e-12, "default of " + d.key() + " in docs/ODD.md");
        }
        Set<String> defined = new HashSet<>();
        for (Parameter d : Parameters.DEFINITIONS) defined.add(d.key());
        assertEquals(defined, documented);
    }
}
