package org.ministerial.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A negotiating government (or a union speaking for its member states). Each session it feels the pressure of
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
        if (s.walkedOut[index]) {
            s.accepts[index] = false;
            return;
        }
        double tau = s.spec().calendar().tau(s.session);
        double load = respondToPressure(s);
        evaluate(s, tau);
        concede(s, load);
        considerWalkingOut(s, tau);
    }

    /** Two-level game: pressure moves ideal points and saliences and raises the reservation. Returns the load. */
    private double respondToPressure(Negotiation s) {
        int k = s.k, base = index * k;
        if (!s.params.ngoEnabled || s.m == 0) return 0;
        Parameters p = s.params;
        double psi = s.psi[index], half = p.pressureHalf, total = 0, extra = 0, load = 0;
        for (int j = 0; j < k; j++) {
            double raw = s.pressure[base + j];
            double norm = raw / (half + Math.abs(raw));
            double id = s.ideal0[base + j] + psi * p.positionGain * norm;
            s.ideal[base + j] = id < 0 ? 0 : (id > 1 ? 1 : id);
            double sal = s.salience0[base + j] * (1 + psi * p.salienceGain * Math.abs(norm));
            s.salience[base + j] = sal;
            total += sal;
            double against = -norm * (s.text[j] - s.ideal[base + j]);
            if (against > 0) extra += against;
        }
        for (int j = 0; j < k; j++) {
            s.salience[base + j] /= total;
            double raw = s.pressure[base + j];
            load += s.salience[base + j] * Math.abs(raw) / (half + Math.abs(raw));
        }
        s.rho[index] = s.rho0[index] + psi * p.reservationGain * extra;
        return load;
    }

    private void evaluate(Negotiation s, double tau) {
        double u = Utility.of(s.text, s.ideal, s.salience, index * s.k, s.k);
        double u0 = Utility.ofStatusQuo(s.ideal, s.salience, index * s.k, s.k);
        double r = u0 + s.rho[index];
        double a = r + (1 - r) * (1 - Math.pow(tau, 1 / s.exponent[index]));
        s.utility[index] = u;
        s.statusQuoUtility[index] = u0;
        s.reservation[index] = r;
        s.aspiration[index] = a;
        s.accepts[index] = u >= a - 1e-12;
    }

    /** Moves the stated position toward the text, most on the issues the government cares least about. */
    private void concede(Negotiation s, double load) {
        int k = s.k, base = index * k;
        double maxSal = 0;
        for (int j = 0; j < k; j++) maxSal = Math.max(maxSal, s.salience[base + j]);
        double rate = s.params.concessionRate * (1 - load);
        if (maxSal <= 0 || rate <= 0) return;
        for (int j = 0; j < k; j++) {
            double step = rate * (1 - s.salience[base + j] / maxSal);
            s.stated[base + j] += step * (s.text[j] - s.stated[base + j]);
        }
    }

    /**
     * The best text still reachable is the current one moved toward this government's ideal by the chair's mediation
     * step; when even that stays below the reservation for W sessions, the government leaves.
     */
    private void considerWalkingOut(Negotiation s, double tau) {
        if (tau < s.params.walkoutFrom) return;
        double u = s.utility[index];
        double reachable = u + s.params.mediation * (1 - u);
        if (reachable < s.reservation[index] - 1e-12) {
            if (++s.walkoutCount[index] >= s.params.walkoutSessions) {
                s.walkedOut[index] = true;
                s.accepts[index] = false;
            }
        } else {
            s.walkoutCount[index] = 0;
        }
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
        return model.capability[index];
    }

    public double getUtility() {
        return model.utility[index];
    }

    public double getReservation() {
        return model.reservation[index];
    }

    public double getAspiration() {
        return model.aspiration[index];
    }

    public boolean getAccepts() {
        return model.accepts[index];
    }

    public boolean getWalkedOut() {
        return model.walkedOut[index];
    }

    public double[] getIdealPositions() {
        return slice(model.ideal);
    }

    public double[] getStatedPositions() {
        return slice(model.stated);
    }

    public double[] getSaliences() {
        return slice(model.salience);
    }

    public double[] getPressure() {
        return slice(model.pressure);
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
