package org.ministerial.model;

import java.io.Serializable;

import static org.ministerial.model.Parameter.NGO_DECAY;
import static org.ministerial.model.Parameter.NGO_DIVISION_LOSS;
import static org.ministerial.model.Parameter.NGO_GROWTH;
import static org.ministerial.model.Parameter.NGO_HOME_ATTENTION;
import static org.ministerial.model.Parameter.NGO_INITIAL_MOBILISATION;
import static org.ministerial.model.Parameter.NGO_THRESHOLD;
import static org.ministerial.model.Parameter.NGO_THRESHOLD_SPREAD;
import static org.ministerial.model.Parameter.NGO_VISIBILITY;

/**
 * The organisations' state and shared field, owned and written here alone: each organisation's mobilisation and
 * threshold, the network mobilisation means and coordination, and the pressure every government feels
 * per issue. Pressure on government i on issue k is {@code P_ik = sum_j m_j R_j phi_j sigma_jk A_ji} with attention
 * {@code A_ji = home_attention [i = home_j] + visibility (c_i / max c) [j spreads]}: every organisation with a home in
 * the room presses its home government (inside by lobbying the delegation, outside by protest and parallel fora that
 * raise the issue at home), and outside activity, or the lack of a home in the room, also spreads visibility over
 * every delegation in proportion to its capability. Splitting attention into these two parts computes the field in
 * O((M + N) K), with no allocation in the round step.
 */
final class NgoField implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Negotiation model;
    private final Organisations orgs;
    private final double[] baseCoordination;
    private final double[] splitFactor;
    private final double[] spread;
    private double maxCapability;
    double globalMean;
    /** Per organisation: mobilisation (written in the organisations' phase and by shocks) and threshold. */
    private final double[] mobilisation, threshold;
    /** Per actor and issue, {@code [actor * k + issue]}: written in the pressure phase, read by governments. */
    private final double[] pressure;
    /** Per network: mean mobilisation and coordination, written in the networks' phase. */
    private final double[] networkMean, coordination;

    /**
     * The field of a run's start: every organisation at its starting mobilisation (carried over from a precedent, or
     * the parameter's) and a threshold drawn from the model's generator, in organisation order.
     *
     * @param startMobilisation per organisation, its mobilisation carried over from a precedent (NaN for none), or null
     */
    NgoField(Negotiation model, double[] startMobilisation) {
        this.model = model;
        this.orgs = model.spec().ngos();
        Parameters params = model.params;
        int m = model.m, networks = model.spec().networks().size();
        mobilisation = new double[m];
        threshold = new double[m];
        pressure = new double[model.n * model.k];
        networkMean = new double[networks];
        coordination = new double[networks];
        for (int j = 0; j < m; j++) {
            boolean carried = startMobilisation != null && !Double.isNaN(startMobilisation[j]);
            mobilisation[j] = carried ? startMobilisation[j] : params.get(NGO_INITIAL_MOBILISATION);
            double t = params.get(NGO_THRESHOLD) + params.get(NGO_THRESHOLD_SPREAD) * (2 * model.random.nextDouble() - 1);
            threshold[j] = Math.min(1, Math.max(0, t));
        }
        int nets = orgs.networkSize.length;
        baseCoordination = new double[nets];
        splitFactor = new double[nets];
        spread = new double[model.k];
        java.util.Arrays.fill(splitFactor, 1);
        for (int net = 0; net < nets; net++)
            baseCoordination[net] = Math.max(0, 1 - model.params.get(NGO_DIVISION_LOSS) * orgs.networkDispersion[net]);
        for (double c : model.actors.capabilities()) maxCapability = Math.max(maxCapability, c);
    }

    double mobilisation(int j) {
        return mobilisation[j];
    }

    double threshold(int j) {
        return threshold[j];
    }

    /** The pressure on an actor and issue, at {@code actor * k + issue}. */
    double pressure(int actorIssue) {
        return pressure[actorIssue];
    }

    /** A copy of the pressure on one actor, per issue. */
    double[] pressureOn(int actor) {
        return java.util.Arrays.copyOfRange(pressure, actor * model.k, (actor + 1) * model.k);
    }

    /** The mean mobilisation of the organisations. */
    double meanMobilisation() {
        double s = 0;
        for (double v : mobilisation) s += v;
        return s / mobilisation.length;
    }

    /** An event mobilises organisation j by {@code size}, up to full mobilisation. */
    void shock(int j, double size) {
        mobilisation[j] = Math.min(1, mobilisation[j] + size);
    }

    /** A network divides: its coordination falls by the share {@code loss}. */
    void split(int network, double loss) {
        splitFactor[network] *= 1 - loss;
    }

    /** Snapshot of network means and coordination before organisations update. */
    void prepare() {
        double[] mean = networkMean;
        int[] start = orgs.networkStart, index = orgs.networkIndex;
        java.util.Arrays.fill(mean, 0);
        double total = 0;
        for (int j = 0; j < model.m; j++) {
            double mj = mobilisation[j];
            total += mj;
            for (int t = start[j]; t < start[j + 1]; t++) mean[index[t]] += mj;
        }
        globalMean = model.m == 0 ? 0 : total / model.m;
        for (int net = 0; net < mean.length; net++) {
            if (orgs.networkSize[net] > 0) mean[net] /= orgs.networkSize[net];
            coordination[net] = baseCoordination[net] * splitFactor[net];
        }
    }

    /**
     * Organisation j's mobilisation in a round (Granovetter's threshold rule): when the mean mobilisation of its
     * networks exceeds its threshold it mobilises further; in any case it decays.
     */
    void mobilise(int j) {
        Parameters p = model.params;
        double m = mobilisation[j];
        if (exposure(j) > threshold[j]) m += p.get(NGO_GROWTH) * (1 - m);
        m -= p.get(NGO_DECAY) * m;
        mobilisation[j] = m;
    }

    /** Every organisation's mobilisation in a round, in index order: each writes only its own mobilisation. */
    void mobiliseAll() {
        for (int j = 0; j < model.m; j++) mobilise(j);
    }

    /** Exposure of organisation j: the mean mobilisation of its networks, or of everyone when it has none. */
    double exposure(int j) {
        int from = orgs.networkStart[j], to = orgs.networkStart[j + 1];
        if (from == to) return globalMean;
        double e = 0;
        for (int t = from; t < to; t++) e += networkMean[orgs.networkIndex[t]];
        return e / (to - from);
    }

    double coordinationOf(int j) {
        int from = orgs.networkStart[j], to = orgs.networkStart[j + 1];
        if (from == to) return 1;
        double c = 0;
        for (int t = from; t < to; t++) c += coordination[orgs.networkIndex[t]];
        return c / (to - from);
    }

    void aggregatePressure() {
        Negotiation s = model;
        Parameters p = s.params;
        int k = s.k;
        double[] stance = orgs.stance;
        java.util.Arrays.fill(pressure, 0);
        java.util.Arrays.fill(spread, 0);
        for (int j = 0; j < s.m; j++) {
            double force = force(j);
            int own = j * k;
            int home = orgs.lobbiedHome[j];
            if (home >= 0) {
                int base = home * k;
                double f = force * p.get(NGO_HOME_ATTENTION);
                for (int i = 0; i < k; i++) pressure[base + i] += f * stance[own + i];
            }
            if (orgs.spreads[j])
                for (int i = 0; i < k; i++) spread[i] += force * stance[own + i];
        }
        for (int a = 0; a < s.n; a++) {
            double w = p.get(NGO_VISIBILITY) * s.actors.capability(a) / maxCapability;
            int base = a * k;
            for (int i = 0; i < k; i++) pressure[base + i] += w * spread[i];
        }
    }

    /**
     * The force {@code m_j R_j phi_j} organisation j brings this round, as {@link #aggregatePressure} uses it: its
     * pressure on government i on issue k is {@code force(j) * stance_jk * attention(j, i)}.
     */
    double force(int j) {
        return mobilisation[j] * orgs.resources[j] * coordinationOf(j);
    }

    /** The attention {@code A_ji} organisation j pays government i, as {@link #aggregatePressure} spreads it. */
    double attention(int j, int actor) {
        double a = orgs.lobbiedHome[j] == actor ? model.params.get(NGO_HOME_ATTENTION) : 0;
        if (orgs.spreads[j]) a += model.params.get(NGO_VISIBILITY) * model.actors.capability(actor) / maxCapability;
        return a;
    }

    /** Total absolute pressure on all governments (an observation). */
    double totalPressure() {
        double t = 0;
        for (double v : pressure) t += Math.abs(v);
        return t;
    }
}
