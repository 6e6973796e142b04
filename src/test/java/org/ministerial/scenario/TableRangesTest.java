package org.ministerial.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ministerial.files.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A countries table's cells are checked against what their column may hold: the range its {@code *} row of
 * {@code sources.csv} declares (docs/scenarios.md, "Countries"), and, for a column an indicator divides by, a positive
 * number; each bad cell is named by its own column and line.
 */
class TableRangesTest {
    @TempDir
    Path dir;

    // line 2 is USA, line 3 BRA
    private static final String TABLE = """
            code,name,status,wto_member_2003,population_m,gdp_usd_bn,trade_usd_bn,ag_employment_pct,ag_bound_tariff_pct
            USA,United States,developed,1,290.028,11458.25,2028.70,1.7,5.5
            BRA,Brazil,developing,1,182.482,558.92,157.35,20.6,35.5
            """;

    private static final String SOURCES = """
            column,countries,source,uncertainty,range
            status,*,UN LDC list,exact,
            wto_member_2003,*,WTO members,exact,0/1
            population_m,*,PWT,published,>0
            gdp_usd_bn,*,PWT,published,>0
            trade_usd_bn,*,PWT,published,>0
            ag_employment_pct,*,WDI,rel:0.2,0..100
            ag_bound_tariff_pct,*,WTO tariff profiles,rel:0.1,>=0
            """;

    private static final String YAML = """
            name: ranges
            issues:
              - {id: farm, name: Farm support}
            calendar: {start: 2003-09-10, days: 1, sessions_per_day: 2}
            countries:
              table: countries.csv
              SOURCES_LINE
              exclude_when: {wto_member_2003: "0"}
              capability: {gdp: gdp_usd_bn, trade: trade_usd_bn}
              preference_model:
                indicators:
                  income: {column: gdp_usd_bn, per: population_m, log: true, scale: 1.7}
                  subsistence: {column: ag_employment_pct, scale: 70}
                  protection: {column: ag_bound_tariff_pct, scale: 120, missing: 40}
                issues:
                  farm: {position: {intercept: 0.5, income: 0.2, subsistence: 0.1, protection: -0.1},
                         salience: {intercept: 0.5}}
            """;

    /** Loads the scenario with one cell of the table replaced; with or without its sources.csv. */
    private List<Problem> problems(String code, String column, String value, boolean withSources) throws IOException {
        List<String> lines = new java.util.ArrayList<>(TABLE.lines().toList());
        int at = List.of(lines.get(0).split(",")).indexOf(column);
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            if (!cells[0].equals(code)) continue;
            cells[at] = value;
            lines.set(i, String.join(",", cells));
        }
        Files.writeString(dir.resolve("countries.csv"), String.join("\n", lines) + "\n");
        Files.writeString(dir.resolve("sources.csv"), SOURCES);
        Path yaml = dir.resolve("ranges.yaml");
        Files.writeString(yaml, YAML.replace("SOURCES_LINE", withSources ? "sources: sources.csv" : "# no sources"));
        try {
            ScenarioLoader.load(yaml, Map.of());
            return List.of();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }

    private Problem onlyProblem(String code, String column, String value, boolean withSources) throws IOException {
        List<Problem> ps = problems(code, column, value, withSources);
        assertEquals(1, ps.size(), ps.toString());
        assertTrue(ps.get(0).file().endsWith("countries.csv"), ps.get(0).toString());
        return ps.get(0);
    }

    @Test
    void theTableAsWrittenLoads() throws Exception {
        assertEquals(List.of(), problems("BRA", "name", "Brazil", true));
        assertEquals(List.of(), problems("BRA", "name", "Brazil", false));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aNegativeDenominatorIsBlamedNotTheNumerator(boolean withSources) throws Exception {
        // without sources.csv only the indicator sees the quotient; with it the declared '>0' sees the cell too,
        // and the two say it in the same words, once
        Problem p = onlyProblem("BRA", "population_m", "-182.482", withSources);
        assertEquals(3, p.line());
        assertEquals("column 'population_m' must be positive, not '-182.482'", p.message());
    }

    @Test
    void aDenominatorThatIsNoNumberIsNamed() throws Exception {
        Problem p = onlyProblem("BRA", "population_m", "many", false);
        assertEquals(3, p.line());
        assertEquals("column 'population_m' needs a number for indicator 'income', not 'many'", p.message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ag_employment_pct   | 210    | column 'ag_employment_pct' must be in [0, 100], not '210'",
            "ag_employment_pct   | -0.5   | column 'ag_employment_pct' must be in [0, 100], not '-0.5'",
            "ag_employment_pct   | lots   | column 'ag_employment_pct' needs a number (in [0, 100]), not 'lots'",
            "ag_bound_tariff_pct | -35.5  | column 'ag_bound_tariff_pct' must be non-negative, not '-35.5'",
            "trade_usd_bn        | 0      | column 'trade_usd_bn' must be positive, not '0'",
            "wto_member_2003     | yes    | column 'wto_member_2003' must be 0 or 1, not 'yes'",
            "wto_member_2003     | 1.0    | column 'wto_member_2003' must be 0 or 1, not '1.0'",
            "wto_member_2003     | 2      | column 'wto_member_2003' must be 0 or 1, not '2'",
    })
    void aCellOutsideItsDeclaredRangeIsRefusedWithItsLine(String column, String value, String message)
            throws Exception {
        // a cell that is no number may also be refused by the indicator that reads it: each message names the cell
        List<Problem> ps = problems("USA", column, value, true);
        assertTrue(ps.stream().anyMatch(p -> p.line() == 2 && p.message().equals(message)), ps.toString());
        assertTrue(ps.stream().allMatch(p -> p.line() == 2 && p.message().startsWith("column '" + column + "'")),
                ps.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ag_employment_pct   | 0",
            "ag_employment_pct   | 100",
            "ag_bound_tariff_pct | 0",
            // a bound average above 100% is real (a few members' agricultural bindings are)
            "ag_bound_tariff_pct | 123.7",
            "ag_bound_tariff_pct | ''",
            "wto_member_2003     | 0",
    })
    void theEndsOfARangeAndAnEmptyCellAreAccepted(String column, String value) throws Exception {
        assertEquals(List.of(), problems("USA", column, value, true));
    }

    @Test
    void anExcludedRowIsCheckedToo() throws Exception {
        // exclude_when takes BRA out of the room, but its cells are still data of the same columns
        List<String> lines = new java.util.ArrayList<>(TABLE.lines().toList());
        lines.set(2, lines.get(2).replace(",1,182.482,", ",0,182.482,").replace(",20.6,", ",120.6,"));
        Files.writeString(dir.resolve("countries.csv"), String.join("\n", lines) + "\n");
        Files.writeString(dir.resolve("sources.csv"), SOURCES);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> DataSources.read(dir.resolve("countries.csv"), dir.resolve("sources.csv")));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(3, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().contains("'120.6'"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ag_employment_pct,*,WDI,rel:0.2,percent         | range 'percent' is not one of",
            "ag_employment_pct,*,WDI,rel:0.2,100..0          | range '100..0' is not one of",
            "ag_employment_pct,*,WDI,rel:0.2,>=x             | range '>=x' is not one of",
            "ag_employment_pct,*,WDI,rel:0.2,\\nag_employment_pct,BRA,x,rel:0.5,0..50 | declared on the column's '*' row",
    })
    void aBadRangeDeclarationIsRefused(String rows, String message) throws Exception {
        Files.writeString(dir.resolve("countries.csv"), TABLE);
        String sources = SOURCES.lines().filter(l -> !l.startsWith("ag_employment_pct")).reduce("", (a, b) -> a + b + "\n")
                + rows.replace("\\n", "\n") + "\n";
        Files.writeString(dir.resolve("sources.csv"), sources);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> DataSources.read(dir.resolve("countries.csv"), dir.resolve("sources.csv")));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertTrue(p.file().endsWith("sources.csv") && p.message().contains(message), p.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancun-2003", "ftaa-miami-2003"})
    void everyShippedPercentageAndFlagDeclaresItsRange(String scenario) throws Exception {
        Path table = Path.of("scenarios", scenario, "countries.csv");
        DataSources s = DataSources.read(table, Path.of("scenarios", scenario, "sources.csv"));
        // a new share column without a declared range would let 210% through unchecked
        for (String column : s.columns()) {
            if (column.endsWith("_pct") && !column.equals("pse_pct") && !column.equals("ag_bound_tariff_pct"))
                assertEquals("in [0, 100]", describe(s, column), column);
        }
        assertEquals("0 or 1", describe(s, "wto_member_2003"));
        assertEquals("positive", describe(s, "population_m"));
        assertFalse(s.range("pse_pct").check("pse_pct", "101") == null, "a PSE is a share of farm receipts");
    }

    private static String describe(DataSources s, String column) {
        ColumnRange r = s.range(column);
        assertNotNull(r, column + " declares no range");
        return r.describe();
    }
}
