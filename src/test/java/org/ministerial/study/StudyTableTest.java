package org.ministerial.study;

import org.junit.jupiter.api.Test;
import org.ministerial.batch.Summary;
import org.ministerial.model.Outcome;
import org.ministerial.statistics.ProportionDifference;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A counterfactual's effect against the baseline, as compare and robustness report it. */
class StudyTableTest {
    private static Summary summary(int breakdowns, int agreements, int found, int endRoundOfBreakdown) {
        Summary s = new Summary();
        for (int i = 0; i < breakdowns; i++)
            s.add(Outcome.BREAKDOWN, endRoundOfBreakdown + i % 2, Map.of("g21_found", i < found ? 1.0 : 0.0));
        for (int i = 0; i < agreements; i++) s.add(Outcome.AGREEMENT, 14, Map.of("g21_found", 0.0));
        return s;
    }

    @Test
    void aReferenceWhoseOverlapNoBatchMeasuredHasNoJaccardColumn() {
        // the precedent's coalition reaches a meeting's results as found or not only (precedent_g21_found)
        Summary s = new Summary();
        s.add(Outcome.BREAKDOWN, 12, Map.of("g21_found", 1.0, "g21_jaccard", 0.5, "precedent_g21_found", 1.0));
        s.add(Outcome.AGREEMENT, 14, Map.of("g21_found", 0.0, "precedent_g21_found", 0.0));
        String md = new StudyTable(List.of(new StudyRow("baseline", "b", s))).markdown();
        String header = md.lines().findFirst().orElseThrow();
        assertTrue(header.contains("| g21 emerged | g21 Jaccard |"), header);
        assertTrue(header.contains("| precedent_g21 emerged |"), header);
        assertFalse(header.contains("precedent_g21 Jaccard"), header);
        long columns = header.chars().filter(c -> c == '|').count();
        md.lines().forEach(l -> assertEquals(columns, l.chars().filter(c -> c == '|').count(), l));
    }

    @Test
    void theCsvHasNoJaccardColumnForAReferenceWhoseOverlapNoBatchMeasured() throws Exception {
        // a NaN there would say the coalition never emerged, though precedent_g21_found says it did in every run
        Summary s = new Summary();
        s.add(Outcome.BREAKDOWN, 12, Map.of("g21_found", 1.0, "g21_jaccard", 0.5, "precedent_g21_found", 1.0));
        String csv = new StudyTable(List.of(new StudyRow("baseline", "b", s))).csv();
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        assertTrue(header.contains("g21_jaccard"), header.toString());
        assertTrue(header.contains("precedent_g21_found"), header.toString());
        assertFalse(header.contains("precedent_g21_jaccard"), header.toString());
        csv.lines().forEach(l -> assertEquals(header.size(), l.split(",", -1).length, l));
    }

    @Test
    void aStarredIntervalIsPrintedSoThatItVisiblyExcludesZero() {
        // 0.04 pts rounds to 0.0: a starred interval gets decimals until its bound nearer 0 is not 0
        assertEquals(2, StudyTable.digits(0.04, 1.0, true));
        assertEquals("+0.04", StudyTable.signed(0.04, StudyTable.digits(0.04, 1.0, true)));
        assertEquals(1, StudyTable.digits(0.5, 1.0, true));
        assertEquals(1, StudyTable.digits(-0.04, 1.0, false));
        assertEquals("0.0", StudyTable.signed(-0.04, 1));
        assertEquals("-0.5", StudyTable.signed(-0.46, 1));
    }

    @Test
    void effectsAreDifferencesWithNewcombeIntervalsAndMarkedWhenTheyExcludeZero() throws Exception {
        StudyRow base = new StudyRow("baseline", "b", summary(90, 10, 60, 12));
        StudyRow same = new StudyRow("same", "s", summary(90, 10, 60, 12));
        StudyRow less = new StudyRow("less", "l", summary(40, 60, 20, 10));
        StudyTable table = new StudyTable(List.of(base, same, less));
        String md = table.effectsMarkdown();
        ProportionDifference d = ProportionDifference.of(40, 100, 90, 100, 0.95);
        assertTrue(md.contains(String.format(java.util.Locale.ROOT, "%+.1f pts [%+.1f, %+.1f] *", 100 * d.difference(),
                100 * d.lower(), 100 * d.upper())), md);
        // no effect is written 0.0, never +0.0 or -0.0 (docs/results.md: numbers are never written as -0)
        assertTrue(md.contains("| same | 0.0 pts ["), md);
        assertFalse(md.contains("-0.0") || md.contains("+0.0 "), md);
        assertTrue(md.lines().filter(l -> l.startsWith("| same")).noneMatch(l -> l.contains("*")), md);
        String csv = table.csv();
        String header = csv.lines().findFirst().orElseThrow();
        assertTrue(header.endsWith(",end_round_effect,end_round_effect_low,end_round_effect_high"), header);
        String[] cols = header.split(",");
        String[] lessRow = csv.lines().filter(l -> l.startsWith("l,less,")).findFirst().orElseThrow().split(",");
        int at = java.util.Arrays.asList(cols).indexOf("breakdown_effect");
        assertEquals(-0.5, Double.parseDouble(lessRow[at]), 1e-9);
        // the baseline against itself: no effect and no interval, empty cells (split keeps trailing empties with -1)
        String[] baseRow = csv.lines().filter(l -> l.startsWith("b,baseline,")).findFirst().orElseThrow().split(",", -1);
        assertEquals(cols.length, baseRow.length);
        for (int i = at; i < cols.length; i++) assertEquals("", baseRow[i], cols[i]);
        assertEquals(-0.4, Double.parseDouble(lessRow[java.util.Arrays.asList(cols).indexOf("g21_found_effect")]), 1e-9);
        // end rounds: baseline 90 breakdowns at 12 or 13 (mean 12.5) and 10 agreements at 14: mean 12.65; the other
        // 40 at 10 or 11 and 60 at 14: mean 12.6
        assertEquals(-0.05, Double.parseDouble(lessRow[java.util.Arrays.asList(cols).indexOf("end_round_effect")]), 1e-9);
    }

    @Test
    void aCoalitionOneBatchDoesNotLookForHasNoEffect() throws Exception {
        // a counterfactual without the reference coalition (or another meeting) never measured g21_found: its effect is
        // no effect and no number, not the difference from a share of 0
        StudyRow base = new StudyRow("baseline", "b", summary(90, 10, 60, 12));
        Summary without = new Summary();
        for (int i = 0; i < 100; i++) without.add(Outcome.BREAKDOWN, 12, Map.of());
        StudyTable table = new StudyTable(List.of(base, new StudyRow("noref", "n", without)));
        String row = table.effectsMarkdown().lines().filter(l -> l.startsWith("| noref")).findFirst().orElseThrow();
        String[] cells = row.split("\\|");
        assertEquals("-", cells[4].trim(), row);
        assertTrue(cells[2].contains("pts"), "the breakdown share is measured: " + row);
        String csv = table.csv();
        List<String> cols = List.of(csv.lines().findFirst().orElseThrow().split(","));
        String[] noref = csv.lines().filter(l -> l.startsWith("n,noref,")).findFirst().orElseThrow().split(",", -1);
        assertTrue(Double.isNaN(Double.parseDouble(noref[cols.indexOf("g21_found_effect")])), csv);
    }
}
