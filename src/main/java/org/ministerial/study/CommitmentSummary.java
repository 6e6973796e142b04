package org.ministerial.study;

import org.ministerial.batch.ResultsCheck;
import org.ministerial.batch.ResultsFolderException;
import org.ministerial.batch.ResultsSchema.Commitments;
import org.ministerial.files.CsvReader;
import org.ministerial.files.CsvRow;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per country, from the {@code commitments.csv.gz} of one or more results folders: how often it takes a deep add-on,
 * its mean commitment depth over issues, and how often it accepts a bilateral offer. The first folder is the
 * baseline; the table shows each folder's mean depth side by side.
 */
public final class CommitmentSummary {
    /** Tallies of one country in one folder. */
    private static final class Tally {
        int runs, addonRuns, offers, accepted, lastRun = -1;
        double depthSum;
        int depthCells, depthRuns;
    }

    private final List<String> labels;
    private final List<Map<String, Tally>> folders = new java.util.ArrayList<>();

    public CommitmentSummary(List<Path> results, List<String> labels) throws IOException {
        this.labels = List.copyOf(labels);
        for (Path folder : results) {
            ResultsCheck.Finished f = ResultsCheck.finished(folder);
            folders.add(read(folder.resolve(Commitments.FILE), f.runs(), f.runs() - f.failed()));
        }
    }

    private static Map<String, Tally> read(Path file, int runs, int completed) throws IOException {
        Map<String, Tally> out = new LinkedHashMap<>();
        int line = 1;
        try (CsvReader in = CsvReader.open(file)) {
            for (CsvRow rec; (rec = in.next()) != null; ) {
                line = rec.line();
                int run = rec.integer(Commitments.RUN);
                if (run < 0 || run >= runs)
                    throw rec.problem("run " + run + " is not one of the " + runs + " runs manifest.json records");
                Tally t = out.computeIfAbsent(rec.get(Commitments.ACTOR), k -> new Tally());
                if (t.lastRun >= run)
                    throw rec.problem(rec.get(Commitments.ACTOR) + " appears twice in run " + run
                            + ", or the rows are out of order");
                t.lastRun = run;
                t.runs++;
                String addons = rec.get(Commitments.ADDONS);
                if (!addons.isEmpty() && Integer.parseInt(addons) > 0) t.addonRuns++;
                String accepted = rec.get(Commitments.BILATERAL_ACCEPTED);
                if (!accepted.isEmpty()) {
                    t.offers++;
                    if (accepted.equals("1")) t.accepted++;
                }
                boolean committed = false;
                for (String column : in.header())
                    if (Commitments.isDepth(column) && !rec.get(column).isEmpty()) {
                        t.depthSum += Double.parseDouble(rec.get(column));
                        t.depthCells++;
                        committed = true;
                    }
                if (committed) t.depthRuns++;
            }
            for (Map.Entry<String, Tally> e : out.entrySet())
                if (e.getValue().runs != completed)
                    throw new ResultsFolderException(file + ": " + e.getKey() + " has " + e.getValue().runs
                            + " rows but runs.csv has " + completed + " completed runs (the file is cut or from "
                            + "another batch)");
        } catch (IllegalArgumentException e) {
            throw new ResultsFolderException(file + ":" + line + ": unreadable: " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new ResultsFolderException(file + ": no commitments.csv.gz (the scenario has neither a two-tier rule nor a "
                    + "bilateral track)");
        }
        return out;
    }

    /** Markdown: one row per country of the baseline, in its order. */
    public String markdown() {
        // the first two columns are the baseline's (the first folder): say so when other folders follow
        String of = labels.size() > 1 ? ": " + labels.get(0) : "";
        StringBuilder b = new StringBuilder("| country | deep add-ons" + of + " (share of runs) | bilateral offer accepted"
                + of + " |");
        for (String l : labels) b.append(" mean depth: ").append(l).append(" |");
        b.append("\n|---|---:|---:|");
        b.append("---:|".repeat(labels.size())).append('\n');
        for (Map.Entry<String, Tally> e : folders.get(0).entrySet()) {
            Tally t = e.getValue();
            b.append("| ").append(e.getKey()).append(" | ").append(pct(t.addonRuns, t.runs)).append(" | ")
                    .append(t.offers == 0 ? "no offer" : pct(t.accepted, t.offers)).append(" |");
            for (Map<String, Tally> f : folders) {
                Tally other = f.get(e.getKey());
                b.append(other == null || other.depthCells == 0 ? " - |"
                        : String.format(Locale.ROOT, " %.2f |", other.depthSum / other.depthCells));
            }
            b.append('\n');
        }
        b.append(legend());
        return b.toString();
    }

    /**
     * What each column counts, below the table: the shares have different denominators, and the mean depth leaves
     * out the runs that adopted the whole text, which a reader cannot tell from the numbers.
     */
    private String legend() {
        Tally first = folders.get(0).values().stream().findFirst().orElse(new Tally());
        StringBuilder b = new StringBuilder("\nDeep add-ons: share of the ").append(first.runs).append(" completed runs of ")
                .append(labels.get(0)).append(" in which the country joined a deeper add-on on at least one issue (a run"
                        + " that adopted the whole text counts as none). Bilateral offer accepted: share of the runs in"
                        + " which it was offered one. Mean depth: its commitment on each issue (the common core, or the"
                        + " text where it joined an add-on; 0 = status quo, 1 = deepest), averaged over issues and over"
                        + " the runs that reached the deadline under the two-tier rule, breakdowns (an empty core)"
                        + " included and runs that adopted the whole text left out:");
        for (int i = 0; i < folders.size(); i++) {
            Tally t = folders.get(i).values().stream().findFirst().orElse(new Tally());
            b.append(i == 0 ? " " : ", ").append(t.depthRuns).append(" of ").append(t.runs).append(" in ")
                    .append(labels.get(i));
        }
        return b.append(".\n").toString();
    }

    private static String pct(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }
}
