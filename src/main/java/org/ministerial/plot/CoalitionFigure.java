package org.ministerial.plot;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.ministerial.batch.FigureSchema;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.ResultsSchema.Coalitions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How often each country ends the meeting in an emergent coalition ({@code coalitions.csv.gz}; in older folders
 * {@code coalitions.csv}, {@code origin = emergent}): for each actor, the share of completed runs in which it belongs to any emergent coalition, and the
 * share in which it belongs to the coalition of a reference actor. The reference is given with {@code --reference},
 * or is the first anchor of the scenario's first reference coalition (the coalition the study is about: Brazil for
 * Cancún's Group of 21), or failing that the actor that leads a coalition in the most runs. Actors are sorted by the
 * second share, then the first; top N drawn.
 */
final class CoalitionFigure {
    /** The columns of the coalitions table the figure reads. */
    static final List<String> COLUMNS = List.of(Coalitions.RUN, Coalitions.COALITION, Coalitions.MEMBER,
            Coalitions.LEADER, Coalitions.ORIGIN);

    private CoalitionFigure() {
    }

    /**
     * Counts of one actor.
     *
     * @param actor         actor code
     * @param inAny         runs in which it ends in some emergent coalition
     * @param withReference runs in which it ends in the reference actor's coalition
     */
    record Membership(String actor, int inAny, int withReference) {
    }

    /** The figure, or null (with the reason added to {@code notes}) if no run ends with an emergent coalition. */
    static Figure of(LabelledBatch batch, Table coalitions, String reference, int top, List<String> notes)
            throws PlotException {
        coalitions.require(Coalitions.RUN, Coalitions.COALITION, Coalitions.MEMBER, Coalitions.LEADER);
        // folders written before groups.csv list the scenario's groups here too, marked by origin
        boolean marked = coalitions.header().contains(Coalitions.ORIGIN);
        ResultsData d = batch.data();
        Set<String> completed = new HashSet<>();
        for (Table.Row r : d.completed()) completed.add(d.runs().text(r, ResultsSchema.Runs.RUN));
        Map<String, Map<String, Set<String>>> byRun = new TreeMap<>();
        Map<String, Set<String>> ledRuns = new TreeMap<>();
        Set<String> actors = new HashSet<>();
        for (Table.Row r : coalitions.rows()) {
            String run = coalitions.text(r, Coalitions.RUN), member = coalitions.text(r, Coalitions.MEMBER);
            actors.add(member);
            boolean emergent = !marked || Coalitions.EMERGENT.equals(coalitions.text(r, Coalitions.ORIGIN));
            if (!emergent || !completed.contains(run)) continue;
            byRun.computeIfAbsent(run, k -> new HashMap<>())
                    .computeIfAbsent(coalitions.text(r, Coalitions.COALITION), k -> new HashSet<>()).add(member);
            String leader = coalitions.text(r, Coalitions.LEADER);
            if (!leader.isEmpty()) ledRuns.computeIfAbsent(leader, k -> new HashSet<>()).add(run);
        }
        if (byRun.isEmpty()) {
            notes.add(batch.label() + ": no coalition figure, no run ends with an emergent coalition");
            return null;
        }
        String ref = reference;
        if (ref == null && !d.anchors().isEmpty() && actors.contains(d.anchors().get(0))) ref = d.anchors().get(0);
        if (ref == null) {
            ref = ledRuns.entrySet().stream().max(Comparator.<Map.Entry<String, Set<String>>>comparingInt(
                    e -> e.getValue().size()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
        } else if (!actors.contains(ref)) {
            throw new PlotException(coalitions.file() + ": reference actor '" + ref + "' is in no coalition");
        }
        List<Membership> rows = count(byRun, ref);
        // the reference's coalition first: it is what the figure is about; then the rest by how often they ally
        rows.sort(Comparator.comparingInt(Membership::withReference).reversed()
                .thenComparing(Comparator.comparingInt(Membership::inAny).reversed())
                .thenComparing(Membership::actor));
        List<Membership> shown = rows.subList(0, Math.min(top, rows.size()));
        return draw(batch, ref, completed.size(), shown, rows.size());
    }

    private static List<Membership> count(Map<String, Map<String, Set<String>>> byRun, String ref) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Map<String, Set<String>> run : byRun.values()) {
            Set<String> withRef = Set.of();
            for (Set<String> members : run.values()) {
                if (members.contains(ref)) withRef = members;
                for (String m : members) counts.computeIfAbsent(m, k -> new int[2])[0]++;
            }
            for (String m : withRef) counts.get(m)[1]++;
        }
        List<Membership> out = new ArrayList<>();
        counts.forEach((actor, c) -> out.add(new Membership(actor, c[0], c[1])));
        return out;
    }

    private static Figure draw(LabelledBatch batch, String ref, int n, List<Membership> shown, int members) {
        String any = "In any emergent coalition", with = "In " + ref + "'s coalition";
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.COALITIONS_COLUMNS));
        for (Membership m : shown) {
            double a = DataTable.rounded(100.0 * m.inAny() / n), w = DataTable.rounded(100.0 * m.withReference() / n);
            data.addValue(a, any, m.actor());
            data.addValue(w, with, m.actor());
            table.add(m.actor(), n, m.inAny(), a, m.withReference(), w, ref);
        }
        IntervalRenderer renderer = new IntervalRenderer(ChartBuilders.none(2, shown.size()), true);
        renderer.setItemMargin(0);
        renderer.setMaximumBarWidth(1);
        CategoryPlot plot = ChartBuilders.categoryPlot(data, null, "Share of runs (%)", renderer,
                PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setCategoryMargin(0.2);
        plot.getDomainAxis().setLowerMargin(0.01);
        plot.getDomainAxis().setUpperMargin(0.01);
        ChartBuilders.percentAxis((NumberAxis) plot.getRangeAxis());
        String caption = "Membership of emergent coalitions at the end of " + Labels.count(n, "run") + " of "
                + batch.label()
                + ": share of runs each actor is in any emergent coalition and in " + ref + "'s coalition (top "
                + shown.size() + " of the " + members + " actors in an emergent coalition in some run).";
        return new Figure(FigureSchema.COALITIONS, caption, ChartBuilders.chart(plot, true), JournalStyle.COLUMN_WIDTH,
                70 + 13 * shown.size(), table);
    }
}
