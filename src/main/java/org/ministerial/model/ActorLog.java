package org.ministerial.model;

import java.io.Serializable;
import java.util.Arrays;

import static org.ministerial.model.Parameter.COALITIONS_ENABLED;

/**
 * The optional per-actor record of a run: for every round and government, its stated positions, the text it
 * evaluated, whether it accepts it, its utility of it, its reservation, the NGO pressure it received, its coalition
 * and whether it has walked out. Filled by the model's observer ({@link RoundLog}) into flat arrays, one slot per
 * round and actor; a run that is not recorded has none and pays nothing for it. Reading it (and writing it to a
 * file) is the caller's business.
 */
public final class ActorLog implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * A recorded run.
     *
     * @param result the run's result, the same as {@link Negotiation#runToEnd}'s
     * @param actors what each government did in each round
     */
    public record Recorded(RunResult result, ActorLog actors) {
    }

    private final int n, k;
    private int rows;
    private int[] round;
    private double[] text, stated, utility, reservation, pressure;
    private boolean[] accepting, walkedOut;
    private String[] coalition;

    ActorLog(int n, int k, int capacity) {
        this.n = n;
        this.k = k;
        allocate(Math.max(1, capacity));
    }

    private void allocate(int rounds) {
        round = round == null ? new int[rounds] : Arrays.copyOf(round, rounds);
        text = text == null ? new double[rounds * k] : Arrays.copyOf(text, rounds * k);
        stated = stated == null ? new double[rounds * n * k] : Arrays.copyOf(stated, rounds * n * k);
        utility = utility == null ? new double[rounds * n] : Arrays.copyOf(utility, rounds * n);
        reservation = reservation == null ? new double[rounds * n] : Arrays.copyOf(reservation, rounds * n);
        pressure = pressure == null ? new double[rounds * n] : Arrays.copyOf(pressure, rounds * n);
        accepting = accepting == null ? new boolean[rounds * n] : Arrays.copyOf(accepting, rounds * n);
        walkedOut = walkedOut == null ? new boolean[rounds * n] : Arrays.copyOf(walkedOut, rounds * n);
        coalition = coalition == null ? new String[rounds * n] : Arrays.copyOf(coalition, rounds * n);
    }

    /**
     * Runs a whole negotiation headless, as {@link Negotiation#runToEnd} does (its precedent first, unrecorded), and
     * records what each government did in each round of it. The result is the same as an unrecorded run's.
     */
    public static Recorded runToEnd(NegotiationSpec spec, long seed) {
        Negotiation model = Negotiation.prepare(spec, seed);
        model.start();
        ActorLog log = new ActorLog(model.n, model.k, model.roundCount);
        model.log.attach(log);
        while (!model.finished && model.schedule.step(model)) {
            // each step is one round
        }
        model.finish();
        return new Recorded(model.result(), log);
    }

    /** Records round {@code s.round}; {@code evaluated} is the text the governments evaluated in it. */
    void record(Negotiation s, double[] evaluated) {
        if (rows == round.length) allocate(2 * rows);
        int r = rows++;
        round[r] = s.round;
        System.arraycopy(evaluated, 0, text, r * k, k);
        System.arraycopy(s.actors.statedPositions(), 0, stated, r * n * k, n * k);
        boolean coalitions = s.coalitions != null && s.params.on(COALITIONS_ENABLED);
        for (int i = 0; i < n; i++) {
            int at = r * n + i;
            utility[at] = s.actors.utility(i);
            reservation[at] = s.actors.reservation(i);
            accepting[at] = s.actors.accepts(i) && !s.actors.walkedOut(i);
            walkedOut[at] = s.actors.walkedOut(i);
            double p = 0;
            for (int j = 0; j < k; j++) p += Math.abs(s.pressureOn(i, j));
            pressure[at] = p;
            int c = coalitions ? s.coalitions.coalitionOf(i) : -1;
            coalition[at] = c < 0 ? null : s.coalitions.byIndex(c).id();
        }
    }

    /** Rounds recorded. */
    public int rounds() {
        return rows;
    }

    /** Governments. */
    public int actors() {
        return n;
    }

    /** Issues. */
    public int issues() {
        return k;
    }

    /** The 0-based round of record {@code r}. */
    public int round(int r) {
        return round[r];
    }

    /** The text the governments evaluated in record {@code r}, on issue {@code j}. */
    public double text(int r, int j) {
        return text[r * k + j];
    }

    public double stated(int r, int actor, int j) {
        return stated[(r * n + actor) * k + j];
    }

    /** Whether the actor accepted the text evaluated in record {@code r} (and was still present). */
    public boolean accepting(int r, int actor) {
        return accepting[r * n + actor];
    }

    public double utility(int r, int actor) {
        return utility[r * n + actor];
    }

    public double reservation(int r, int actor) {
        return reservation[r * n + actor];
    }

    /** The NGO pressure the actor received in record {@code r}: the sum over issues of its absolute value. */
    public double pressure(int r, int actor) {
        return pressure[r * n + actor];
    }

    /** The id of the emergent coalition the actor was in at the end of record {@code r}, or null. */
    public String coalition(int r, int actor) {
        return coalition[r * n + actor];
    }

    public boolean walkedOut(int r, int actor) {
        return walkedOut[r * n + actor];
    }
}
