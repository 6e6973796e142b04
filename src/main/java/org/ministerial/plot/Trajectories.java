package org.ministerial.plot;

import org.ministerial.batch.ResultsSchema.Rounds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-round summaries across runs of variables of {@code rounds.csv.gz}: the mean and the central 95% band (2.5th to
 * 97.5th percentile, {@link Quantiles}) of the runs at every round of the meeting.
 *
 * <p>Runs end in different rounds. A run that has ended keeps its last value in later rounds (the meeting's
 * state when it ended), so every round summarises every run and the mean does not jump when a run drops out;
 * {@link Point#negotiating()} says how many runs were still negotiating.
 */
final class Trajectories {
    /** Quantiles bounding the band. */
    static final double LOW = 0.025, HIGH = 0.975;

    private Trajectories() {
    }

    /**
     * One round's summary of one variable.
     *
     * @param round       0-based round
     * @param day         1-based day
     * @param session     1-based session within the day in which the round was held
     * @param runs        runs summarised
     * @param negotiating runs that had not yet ended before this round
     * @param mean        mean over runs
     * @param band        2.5th and 97.5th percentiles over runs
     */
    record Point(int round, int day, int session, int runs, int negotiating, double mean, Interval band) {
        /** Position on a day axis: day 1 session 1 at 1, then 1/S further per session of the day. */
        double x(int sessionsPerDay) {
            return DataTable.rounded(day + (session - 1) / (double) sessionsPerDay);
        }
    }

    /**
     * The summaries of a batch.
     *
     * @param sessionsPerDay sessions per day used to place sessions on the calendar
     * @param series         per variable, one point per round from the first to the last any run reached
     */
    record Result(int sessionsPerDay, Map<String, List<Point>> series) {
    }

    /**
     * Summarises {@code variables} of {@code rounds}.
     *
     * @param sessionsPerDay sessions per day, or 0 to take the largest session number in the file
     */
    static Result of(Table rounds, List<String> variables, int sessionsPerDay)
            throws PlotException {
        rounds.require(Rounds.RUN, Rounds.ROUND, Rounds.SESSION);
        for (String v : variables) rounds.require(v);
        Map<String, TreeMap<Integer, double[]>> byRun = new TreeMap<>();
        int last = -1, perDay = sessionsPerDay;
        for (Table.Row r : rounds.rows()) {
            int round = rounds.integer(r, Rounds.ROUND);
            if (round < 0) throw new PlotException(rounds.file() + ":" + r.line() + ": negative round " + round);
            double[] values = new double[variables.size()];
            for (int i = 0; i < values.length; i++) values[i] = rounds.number(r, variables.get(i));
            byRun.computeIfAbsent(rounds.text(r, Rounds.RUN), k -> new TreeMap<>()).put(round, values);
            last = Math.max(last, round);
            if (sessionsPerDay <= 0) perDay = Math.max(perDay, rounds.integer(r, Rounds.SESSION));
        }
        if (byRun.isEmpty()) throw new PlotException(rounds.file() + ": no rows");
        // each run's values at every round, a run that has ended keeping its last: looked up once per run and
        // round here rather than once per variable too
        double[][] atRound = new double[byRun.size()][];
        int[] ends = new int[byRun.size()];
        int k = 0;
        for (TreeMap<Integer, double[]> run : byRun.values()) {
            double[] values = new double[(last + 1) * variables.size()];
            for (int round = 0; round <= last; round++) {
                Map.Entry<Integer, double[]> at = run.floorEntry(round);
                if (at == null) at = run.firstEntry();
                System.arraycopy(at.getValue(), 0, values, round * variables.size(), variables.size());
            }
            atRound[k] = values;
            ends[k++] = run.lastKey();
        }
        Map<String, List<Point>> out = new LinkedHashMap<>();
        for (int v = 0; v < variables.size(); v++) {
            List<Point> points = new ArrayList<>();
            for (int round = 0; round <= last; round++) {
                double[] column = new double[atRound.length];
                int active = 0;
                for (int i = 0; i < column.length; i++) {
                    column[i] = atRound[i][round * variables.size() + v];
                    if (ends[i] >= round) active++;
                }
                double[] sorted = Quantiles.sorted(column);
                Interval band = new Interval(DataTable.rounded(Quantiles.of(sorted, LOW)),
                        DataTable.rounded(Quantiles.of(sorted, HIGH)));
                points.add(new Point(round, round / perDay + 1, round % perDay + 1, column.length, active,
                        DataTable.rounded(Quantiles.mean(column)), band));
            }
            out.put(variables.get(v), points);
        }
        return new Result(perDay, out);
    }
}
