package org.ministerial.model;

import sim.engine.SimState;
import sim.engine.Steppable;

import static org.ministerial.model.Parameter.CHAIR_MEDIATION;
import static org.ministerial.model.Parameter.COUNTRY_CONCESSION_RATE;
import static org.ministerial.model.Parameter.COUNTRY_PATIENCE;
import static org.ministerial.model.Parameter.COUNTRY_PRIOR_WEIGHT;
import static org.ministerial.model.Parameter.NGO_ENABLED;
import static org.ministerial.model.Parameter.NGO_POSITION_GAIN;
import static org.ministerial.model.Parameter.NGO_PRESSURE_HALF;
import static org.ministerial.model.Parameter.NGO_RESERVATION_GAIN;
import static org.ministerial.model.Parameter.NGO_SALIENCE_GAIN;

/**
 * A negotiating government (or a union speaking for its member states). Each round it feels the pressure of
 * organisations at home, re-evaluates the text on the table against its time-dependent aspiration, concedes some of
 * its stated position toward the text, and walks out when no acceptable text seems reachable.
 *
 * <p>Utility is additive over issues, {@code U(x) = 1 - sum_k s_k |x_k - p_k|}, so a loss on one issue can be bought by
 * a gain on another (issue linkage). The aspiration follows Faratin, Sierra and Jennings (1998):
 * {@code a(tau) = r + (1 - r)(1 - tau^(1/e))} with reservation {@code r = U(0) + rho}.
 */
public final class Country implements Steppable {
    private static final long serialVersionUID = 1L;
    private final Negotiation model;
    private final int index;

    Country(Negotiation model, int index) {
        this.model = model;
        this.index = index;
    }

    @Override
    public void step(SimState state) {
        Negotiation s = model;
        if (s.actors.walkedOut(index)) {
            s.actors.reject(index);
            return;
        }
        double tau = s.spec().calendar().tau(s.round);
        double load = respondToPressure(s);
        evaluate(s, tau);
        concede(s, load);
        considerWalkingOut(s);
    }

    /**
     * Two-level game: pressure moves ideal points and saliences, and moves the reservation up when it opposes what the
     * text asks and down when it supports it. Returns the load.
     */
    private double respondToPressure(Negotiation s) {
        int k = s.k, base = index * k;
        if (!s.params.on(NGO_ENABLED) || s.m == 0) return 0;
        Parameters p = s.params;
        NgoField field = s.ngoField;
        double psi = s.actors.psi(index), half = p.get(NGO_PRESSURE_HALF), total = 0, extra = 0, load = 0;
        for (int j = 0; j < k; j++) {
            double raw = field.pressure(base + j);
            double norm = raw / (half + Math.abs(raw));
            double id = s.actors.ideal0(base + j) + psi * p.get(NGO_POSITION_GAIN) * norm;
            s.actors.setIdeal(base + j, id < 0 ? 0 : (id > 1 ? 1 : id));
            double sal = s.actors.salience0(base + j) * (1 + psi * p.get(NGO_SALIENCE_GAIN) * Math.abs(norm));
            s.actors.setSalience(base + j, sal);
            total += sal;
            // pressure against what the text asks of this government narrows its win-set; pressure for it (domestic
            // groups that gain from the deal) widens it (Putnam 1988)
            extra += -norm * (s.text.at(j) - s.actors.ideal(base + j));
        }
        for (int j = 0; j < k; j++) {
            s.actors.setSalience(base + j, s.actors.salience(base + j) / total);
            double raw = field.pressure(base + j);
            load += s.actors.salience(base + j) * Math.abs(raw) / (half + Math.abs(raw));
        }
        s.actors.setRho(index, s.actors.rho0(index) + psi * p.get(NGO_RESERVATION_GAIN) * extra);
        return load;
    }

    private void evaluate(Negotiation s, double tau) {
        double u = s.text.utility(s.actors.ideals(), s.actors.saliences(), index * s.k);
        double u0 = Utility.ofStatusQuo(s.actors.ideals(), s.actors.saliences(), index * s.k, s.k);
        double r = u0 + s.actors.rho(index);
        double a = r + (1 - r) * (1 - Math.pow(tau, 1 / s.actors.exponent(index)));
        s.actors.evaluate(index, u, r, a, u >= a - 1e-12);
    }

    /**
     * Moves the stated position toward the text, most on the issues the government cares least about, and over time
     * as its aspiration falls (Faratin, Sierra and Jennings 1998): the share conceded this round is proportional to
     * the fall of {@code tau^(1/e)} to the next round, so a Boulware government (e &lt; 1) keeps its concessions
     * for the deadline and a conceder (e &gt; 1) makes them early; over a whole meeting every government concedes as
     * much as at the constant rate lambda over its first T - 1 rounds (nothing in the last, which has no next).
     */
    private void concede(Negotiation s, double load) {
        int k = s.k, base = index * k;
        double maxSal = 0;
        for (int j = 0; j < k; j++) maxSal = Math.max(maxSal, s.actors.salience(base + j));
        double rate = s.params.get(COUNTRY_CONCESSION_RATE) * (1 - load) * timeShare(s);
        if (maxSal <= 0 || rate <= 0) return;
        if (rate > 1) rate = 1;
        for (int j = 0; j < k; j++) {
            double step = rate * (1 - s.actors.salience(base + j) / maxSal);
            s.actors.moveStated(base + j, step * (s.text.at(j) - s.actors.stated(base + j)));
        }
    }

    /** (T - 1) times the fall of the aspiration curve's time term to the next round: it sums to T - 1 over a meeting. */
    private double timeShare(Negotiation s) {
        int last = s.roundCount - 1;
        if (last <= 0) return 1;
        double e = s.actors.exponent(index);
        double now = Math.pow(Math.min(1, s.round / (double) last), 1 / e);
        double next = Math.pow(Math.min(1, (s.round + 1) / (double) last), 1 / e);
        return last * (next - now);
    }

    /**
     * Frustration accumulates as a cumulative sum (Page 1954) of how far the best text the government expects by the
     * deadline falls short of its reservation; rounds in which it expects an acceptable text wear it down, and at
     * {@code country.patience} the government walks out. It expects the text to keep closing the gap {@code 1 - U}
     * between the text and its ideal at a pace learnt from what it has seen: a prior, the chair's mediation step m,
     * worth {@code country.prior_weight} times the meeting's rounds (delegations arrive expecting the chair to
     * mediate for the whole meeting), updated by the share of the gap the text closed in each round so far.
     * Early on, with many rounds left, even a distant text may still come its way; a text that has stopped moving
     * toward it, with little time left, will not. So walk-outs come when progress stalls as the deadline nears (the
     * deadline effect of Roth, Murnighan and Schoumaker 1988), and pressure at home that raises the reservation (7.2)
     * hastens them.
     */
    private void considerWalkingOut(Negotiation s) {
        double u = s.actors.utility(index);
        if (s.round > 0) {
            double before = s.actors.lastUtility(index);
            double closed = before < 1 ? (u - before) / (1 - before) : 0;
            s.actors.addProgress(index, closed < 0 ? 0 : (closed > 1 ? 1 : closed));
        }
        s.actors.setLastUtility(index, u);
        double prior = s.params.get(COUNTRY_PRIOR_WEIGHT) * s.roundCount;
        double pace = prior + s.round > 0
                ? (s.params.get(CHAIR_MEDIATION) * prior + s.actors.progressSeen(index)) / (prior + s.round)
                : s.params.get(CHAIR_MEDIATION);
        int left = s.roundCount - 1 - s.round;
        double expected = 1 - (1 - u) * Math.pow(1 - Math.min(1, pace), left + 1);
        double f = s.actors.frustration(index) + s.actors.reservation(index) - expected;
        s.actors.setFrustration(index, f > 0 ? f : 0);
        if (f >= s.params.get(COUNTRY_PATIENCE)) s.actors.walkOut(index, s.round);
    }

    // ---- inspector properties (MASON shows getX as read-only rows) ----

    public String getCode() {
        return model.spec().actors().get(index).code();
    }

    public String getName() {
        return model.spec().actors().get(index).name();
    }

    public int index() {
        return index;
    }

    public double getCapability() {
        return model.actors.capability(index);
    }

    public double getUtility() {
        return model.actors.utility(index);
    }

    public double getReservation() {
        return model.actors.reservation(index);
    }

    public double getAspiration() {
        return model.actors.aspiration(index);
    }

    public boolean getAccepts() {
        return model.actors.accepts(index);
    }

    public boolean getWalkedOut() {
        return model.actors.walkedOut(index);
    }

    public double[] getIdealPositions() {
        return slice(model.actors.ideals());
    }

    public double[] getStatedPositions() {
        return slice(model.actors.statedPositions());
    }

    public double[] getSaliences() {
        return slice(model.actors.saliences());
    }

    public double[] getPressure() {
        return model.ngoField.pressureOn(index);
    }

    public String getCoalition() {
        int c = model.coalitionOf(index);
        return c < 0 ? "none" : model.coalitions.byIndex(c).id();
    }

    private double[] slice(double[] a) {
        double[] out = new double[model.k];
        System.arraycopy(a, index * model.k, out, 0, model.k);
        return out;
    }

    @Override
    public String toString() {
        return getCode();
    }
}
