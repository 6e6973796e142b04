package org.ministerial.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every cell of the shipped country tables has a source and an uncertainty, and bad source tables are refused. */
class DataSourcesTest {
    @TempDir
    Path dir;

    private static final String TABLE = """
            code,name,gdp_usd_bn,pse_pct,notes
            USA,United States,11456,18,"a note"
            BRA,Brazil,552,,
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private String problem(String sources) throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> DataSources.read(write("countries.csv", TABLE), write("sources.csv", sources)));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0).toString();
    }

    @Test
    void aCountryRowOverridesItsColumn() throws Exception {
        DataSources s = DataSources.read(write("countries.csv", TABLE), write("sources.csv", """
                column,countries,source,uncertainty
                gdp_usd_bn,*,Penn World Table 9.1,published
                gdp_usd_bn,BRA,an estimate,rel:0.25
                pse_pct,*,"OECD, PSE 2003",abs:3
                """));
        assertEquals(Uncertainty.Kind.PUBLISHED, s.of("gdp_usd_bn", "USA").uncertainty().kind());
        assertEquals(new Uncertainty(Uncertainty.Kind.REL, 0.25), s.of("gdp_usd_bn", "BRA").uncertainty());
        assertEquals("OECD, PSE 2003", s.of("pse_pct", "BRA").text());
        assertEquals(Set.of("gdp_usd_bn", "pse_pct"), s.columns());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "gdp_usd_bn,*,PWT,published\\npse_pct,*,OECD,percent       | 'percent' is not one of",
            "gdp_usd_bn,*,PWT,published\\npse_pct,*,OECD,rel:-1        | needs a non-negative number",
            "gdp_usd_bn,*,PWT,published\\npse_pct,*,OECD,factor:0.5    | a factor is at least 1",
            "gdp_usd_bn,*,PWT,published\\npse_pct,*,OECD,flip:2        | at most 1",
            "gdp_usd_bn,*,PWT,published\\npse_pct,*,,abs:3             | column 'pse_pct' needs its source",
            "gdp_usd_bn,*,PWT,published\\npse_pct,*,OECD,abs:3\\npse_pct,*,OECD,abs:4 | has a second '*' row",
            "gdp_usd_bn,*,PWT,published\\npse_pct,*,OECD,abs:3\\npse_pct,CHL,x,abs:4  | country 'CHL' is not in",
            "gdp_usd_bn,*,PWT,published\\npse_pct,*,OECD,abs:3\\nnotes,*,x,exact      | 'notes' is not a data column",
            "gdp_usd_bn,*,PWT,published\\npse_pct,*,OECD,abs:3\\npse,*,x,exact        | 'pse' is not a data column",
            "gdp_usd_bn,*,PWT,published\\npse_pct,BRA,OECD,abs:3       | no '*' row (source and uncertainty) for pse_pct",
            "gdp_usd_bn,*,PWT,published                               | no '*' row (source and uncertainty) for pse_pct",
    })
    void badSourceTablesAreRefusedByName(String rows, String message) throws Exception {
        String p = problem("column,countries,source,uncertainty\n" + rows.replace("\\n", "\n") + "\n");
        assertTrue(p.contains(message), p);
        assertTrue(p.contains("sources.csv") || p.contains("countries.csv"), p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancun-2003", "ftaa-miami-2003"})
    void everyShippedCellHasASourceAndEveryHandEnteredValueAnUncertainty(String scenario) throws Exception {
        Path table = Path.of("scenarios", scenario, "countries.csv");
        DataSources s = DataSources.read(table, Path.of("scenarios", scenario, "sources.csv"));
        List<String> lines = Files.readAllLines(table);
        List<String> header = List.of(lines.get(0).split(","));
        for (String column : header) {
            if (DataSources.NOT_DATA.contains(column)) continue;
            for (String line : lines.subList(1, lines.size())) {
                String code = line.substring(0, 3);
                DataSources.Source source = s.of(column, code);
                assertNotNull(source, column + " of " + code);
                assertTrue(!source.text().isBlank(), column + " of " + code);
            }
        }
        // population, GDP and trade are the Penn World Table's wherever it has the country
        for (String column : List.of("population_m", "gdp_usd_bn", "trade_usd_bn")) {
            assertEquals(Uncertainty.Kind.PUBLISHED, s.of(column, "USA").uncertainty().kind());
            assertTrue(s.of(column, "GUY").uncertainty().varies(), "Guyana is not in the PWT 9.1: " + column);
        }
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnAndBadTextIsNamed() throws Exception {
        Path sources = write("sources.csv", "column,countries,source,uncertainty\ngdp_usd_bn,*,PWT,published\n"
                + "pse_pct,*,OECD,abs:3\n");
        Files.writeString(dir.resolve("countries.csv"), "\uFEFF" + TABLE);
        assertEquals(Set.of("gdp_usd_bn", "pse_pct"), DataSources.read(dir.resolve("countries.csv"), sources).columns());

        Files.write(dir.resolve("countries.csv"), new byte[]{'c', 'o', 'd', 'e', ',', (byte) 0xC3, '\n'});
        String utf8 = assertThrows(ScenarioException.class,
                () -> DataSources.read(dir.resolve("countries.csv"), sources)).getMessage();
        assertTrue(utf8.contains("countries.csv") && utf8.contains("not valid UTF-8"), utf8);

        Files.writeString(dir.resolve("countries.csv"), "code,name\nUSA,\"United States\n");
        String quote = assertThrows(ScenarioException.class,
                () -> DataSources.read(dir.resolve("countries.csv"), sources)).getMessage();
        assertTrue(quote.contains("countries.csv") && quote.contains("a quoted field is never closed"), quote);
    }
}
