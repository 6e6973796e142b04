package org.ministerial.scenario;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A value typed wrong in a condition on the countries table (one the column cannot hold), or an id declared twice, used to load and change the
 * results without a word: an indicator that is 0 for every country, an exclusion that excludes nobody, a group or
 * union whose second entry replaced the first. Each is now a problem with its line.
 */
class ConditionsMatchingNobodyTest {
    private static final Path CANCUN = Path.of("scenarios/cancun-2003.yaml");

    private static String refused(Map<String, String> overrides) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(CANCUN, overrides)).getMessage();
    }

    @Test
    void anIndicatorWhoseValueNoRowHoldsIsRefused() {
        String equals = refused(Map.of("countries.preference_model.indicators.developed.equals", "develop"));
        assertTrue(equals.contains("indicator 'developed': column 'status' holds one of developed, developing, ldc,"
                + " not 'develop', so it would be 0 for every country"), equals);
        // a flag column's declared range (0/1, sources.csv) says which values are possible
        String flag = refused(Map.of("countries.preference_model.indicators.food_importer.equals", "yes"));
        assertTrue(flag.contains("indicator 'food_importer': column 'net_food_importer' must be 0 or 1, not 'yes'"),
                flag);
        // a value the column may hold, though no row of this table does, is accepted: a table cut to some countries
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> ScenarioLoader.load(CANCUN,
                Map.of("countries.preference_model.indicators.acp_preferences.contains", "APC")));
    }

    @Test
    void anExclusionThatExcludesNobodyIsRefused() {
        String m = refused(Map.of("countries.exclude_when", "{wto_member_2003: \"O\"}"));
        assertTrue(m.contains("'exclude_when': column 'wto_member_2003' must be 0 or 1, not 'O', so it would exclude"
                + " nobody"), m);
    }

    /** Networks are named, not declared: a misspelt one would make a network of one that no event reaches. */
    @Test
    void aNetworkOfOneNamedLikeAnotherIsRefused(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(Path.of("scenarios/cancun-2003/ngos.csv")));
        int row = -1;
        for (int i = 1; i < lines.size() && row < 0; i++) if (lines.get(i).contains("OWINFS")) row = i;
        lines.set(row, lines.get(row).replaceFirst("OWINFS", "OWINF"));
        Path ngos = java.nio.file.Files.write(tmp.resolve("ngos.csv"), lines);
        String m = refused(Map.of("ngos.table", ngos.toAbsolutePath().toString()));
        assertTrue(m.contains("ngos.csv:" + (row + 1) + ": network 'OWINF' has no other member (did you mean 'OWINFS'?)"), m);
    }

    @Test
    void aGroupOrUnionDeclaredTwiceIsRefused() {
        String groups = refused(Map.of("groups", "[{id: LDC, name: least developed}, {id: LDC, name: dup, ties: true}]"));
        assertTrue(groups.contains("group 'LDC' is declared twice (first at"), groups);
        String unions = refused(Map.of("unions", "[{id: EC, name: European Communities, status: developed},"
                + " {id: EC, name: again, status: developed}]"));
        assertTrue(unions.contains("union 'EC' is declared twice (first at"), unions);
    }
}
