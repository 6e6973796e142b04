package org.ministerial.model;

import java.io.Serializable;

/**
 * The organisations' shared field: network mobilisation means, coordination, and the pressure every government feels
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

    NgoField(Negotiation model) {
        this.model = model;
        this.orgs = model.spec().organisations();
        int nets = orgs.networkSize.length;
        baseCoordination = new double[nets];
        splitFactor = new double[nets];
        spread = new double[model.k];
        java.util.Arrays.fill(splitFactor, 1);
        for (int net = 0; net < nets; net++)
            baseCoordination[net] = Math.max(0, 1 - model.params.divisionLoss * orgs.networkDispersion[net]);
        for (double c : model.capability) maxCapability = Math.max(maxCapability, c);
    }

    /** A network divides: its coordination falls by the share {@code loss}. */
    void split(int network, double loss) {
        splitFactor[network] *= 1 - loss;
    }

    /** Snapshot of network means and coordination before organisations update. */
    void prepare() {
        double[] mean = model.networkMean;
        double[] mobilisation = model.mobilisation;
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
            model.coordination[net] = baseCoordination[net] * splitFactor[net];
        }
    }

    /**
     * Organisation j's session (Granovetter's threshold rule): when the mean mobilisation of its networks exceeds its
     * threshold it mobilises further; in any case it decays.
     */
    void mobilise(int j) {
        Parameters p = model.params;
        double m = model.mobilisation[j];
        if (exposure(j) > model.threshold[j]) m += p.growth * (1 - m);
        m -= p.decay * m;
        model.mobilisation[j] = m;
    }

    /** Every organisation's session, in index order: each writes only its own mobilisation. */
    void mobiliseAll() {
        for (int j = 0; j < model.m; j++) mobilise(j);
    }

    /** Exposure of organisation j: the mean mobilisation of its networks, or of everyone when it has none. */
    double exposure(int j) {
        int from = orgs.networkStart[j], to = orgs.networkStart[j + 1];
        if (from == to) return globalMean;
        double e = 0;
        for (int t = from; t < to; t++) e += model.networkMean[orgs.networkIndex[t]];
        return e / (to - from);
    }

    double coordinationOf(int j) {
        int from = orgs.networkStart[j], to = orgs.networkStart[j + 1];
        if (from == to) return 1;
        double c = 0;
        for (int t = from; t < to; t++) c += model.coordination[orgs.networkIndex[t]];
        return c / (to - from);
    }

    void aggregatePressure() {
        Negotiation s = model;
        Parameters p = s.params;
        int k = s.k;
        double[] pressure = s.pressure, stance = orgs.stance;
        java.util.Arrays.fill(pressure, 0);
        java.util.Arrays.fill(spread, 0);
        for (int j = 0; j < s.m; j++) {
            double force = force(j);
            int own = j * k;
            int home = orgs.lobbiedHome[j];
            if (home >= 0) {
                int base = home * k;
                double f = force * p.homeAttention;
                for (int i = 0; i < k; i++) pressure[base + i] += f * stance[own + i];
            }
            if (orgs.spreads[j])
                for (int i = 0; i < k; i++) spread[i] += force * stance[own + i];
        }
        for (int a = 0; a < s.n; a++) {
            double w = p.visibility * s.capability[a] / maxCapability;
            int base = a * k;
            for (int i = 0; i < k; i++) pressure[base + i] += w * spread[i];
        }
    }

    /**
     * The force {@code m_j R_j phi_j} organisation j brings this session, as {@link #aggregatePressure} uses it: its
     * pressure on government i on issue k is {@code force(j) * stance_jk * attention(j, i)}.
     */
    double force(int j) {
        return model.mobilisation[j] * orgs.resources[j] * coordinationOf(j);
    }

    /** The attention {@code A_ji} organisation j pays government i, as {@link #aggregatePressure} spreads it. */
    double attention(int j, int actor) {
        double a = orgs.lobbiedHome[j] == actor ? model.params.homeAttention : 0;
        if (orgs.spreads[j]) a += model.params.visibility * model.capability[actor] / maxCapability;
        return a;
    }

    /** Total absolute pressure on all governments (an observation). */
    double totalPressure() {
        double t = 0;
        for (double v : model.pressure) t += Math.abs(v);
        return t;
    }
}
