package org.ministerial.plot;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.ministerial.batch.FigureSchema;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.ResultsSchema.Coalitions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    /**
     * The figure from the coalitions table {@code file}, or null (with the reason added to {@code notes}) if no run
     * ends with an emergent coalition. The table is counted as it is read, not kept.
     */
    static Figure of(LabelledBatch batch, Path file, String reference, int top, List<String> notes)
            throws PlotException {
        ResultsData d = batch.data();
        List<String> completed = new ArrayList<>();
        for (Table.Row r : d.completed()) completed.add(d.runs().text(r, ResultsSchema.Runs.RUN));
        CoalitionMembers members = new CoalitionMembers(completed);
        // folders written before groups.csv list the scenario's groups here too, marked by origin
        Table coalitions = Table.scan(file, COLUMNS, (t, r) -> members.add(t.text(r, Coalitions.RUN),
                t.text(r, Coalitions.COALITION), t.text(r, Coalitions.MEMBER), t.text(r, Coalitions.LEADER),
                !t.has(Coalitions.ORIGIN) || Coalitions.EMERGENT.equals(t.text(r, Coalitions.ORIGIN))));
        coalitions.require(Coalitions.RUN, Coalitions.COALITION, Coalitions.MEMBER, Coalitions.LEADER);
        if (members.isEmpty()) {
            notes.add(batch.label() + ": no coalition figure, no run ends with an emergent coalition");
            return null;
        }
        String ref = reference;
        if (ref == null && !d.anchors().isEmpty() && members.isActor(d.anchors().get(0))) ref = d.anchors().get(0);
        if (ref == null) {
            ref = members.mostFrequentLeader();
        } else if (!members.isActor(ref)) {
            throw new PlotException(coalitions.file() + ": reference actor '" + ref + "' is in no coalition");
        }
        List<Membership> rows = members.count(ref);
        // the reference's coalition first: it is what the figure is about; then the rest by how often they ally
        rows.sort(Comparator.comparingInt(Membership::withReference).reversed()
                .thenComparing(Comparator.comparingInt(Membership::inAny).reversed())
                .thenComparing(Membership::actor));
        List<Membership> shown = rows.subList(0, Math.min(top, rows.size()));
        return draw(batch, ref, members.countedRuns(), shown, rows.size());
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
