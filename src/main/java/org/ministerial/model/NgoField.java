package org.ministerial.model;

import java.io.Serializable;

/**
 * The organisations' shared field: network mobilisation means, coordination, and the pressure every government feels
 * per issue. Pressure on government i on issue k is {@code P_ik = sum_j m_j R_j phi_j sigma_jk A_ji}; it is computed
 * in O((M + N) K) by splitting attention into a home part and a part spread over all delegations by visibility.
 */
final class NgoField implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Negotiation model;
    private final int[] networkSize;
    private final double[] baseCoordination;
    private final double[] splitFactor;
    private final double[] spread;
    private double maxCapability;
    double globalMean;

    NgoField(Negotiation model) {
        this.model = model;
        NegotiationSpec spec = model.spec();
        int nets = spec.networks().size();
        networkSize = new int[nets];
        baseCoordination = new double[nets];
        splitFactor = new double[nets];
        spread = new double[model.k];
        java.util.Arrays.fill(splitFactor, 1);
        double[][] sum = new double[nets][model.k], sumSq = new double[nets][model.k];
        for (NgoSpec g : spec.ngos())
            for (int net : g.networks()) {
                networkSize[net]++;
                for (int j = 0; j < model.k; j++) {
                    sum[net][j] += g.stance()[j];
                    sumSq[net][j] += g.stance()[j] * g.stance()[j];
                }
            }
        for (int net = 0; net < nets; net++) {
            double dispersion = 0;
            if (networkSize[net] > 0) {
                for (int j = 0; j < model.k; j++) {
                    double mean = sum[net][j] / networkSize[net];
                    dispersion += Math.max(0, sumSq[net][j] / networkSize[net] - mean * mean);
                }
                dispersion /= model.k;
            }
            baseCoordination[net] = Math.max(0, 1 - model.params.divisionLoss * dispersion);
        }
        for (double c : model.capability) maxCapability = Math.max(maxCapability, c);
    }

    /** A network divides: its coordination falls by the share {@code loss}. */
    void split(int network, double loss) {
        splitFactor[network] *= 1 - loss;
    }

    /** Snapshot of network means and coordination before organisations update. */
    void prepare() {
        double[] mean = model.networkMean;
        java.util.Arrays.fill(mean, 0);
        double total = 0;
        for (int j = 0; j < model.m; j++) {
            double mj = model.mobilisation[j];
            total += mj;
            for (int net : model.spec().ngos().get(j).networks()) mean[net] += mj;
        }
        globalMean = model.m == 0 ? 0 : total / model.m;
        for (int net = 0; net < mean.length; net++) {
            if (networkSize[net] > 0) mean[net] /= networkSize[net];
            model.coordination[net] = baseCoordination[net] * splitFactor[net];
        }
    }

    /** Exposure of an organisation: the mean mobilisation of its networks, or of everyone when it has none. */
    double exposure(int[] networks) {
        if (networks.length == 0) return globalMean;
        double e = 0;
        for (int net : networks) e += model.networkMean[net];
        return e / networks.length;
    }

    double coordinationOf(int[] networks) {
        if (networks.length == 0) return 1;
        double c = 0;
        for (int net : networks) c += model.coordination[net];
        return c / networks.length;
    }

    void aggregatePressure() {
        Negotiation s = model;
        Parameters p = s.params;
        int k = s.k;
        java.util.Arrays.fill(s.pressure, 0);
        java.util.Arrays.fill(spread, 0);
        for (int j = 0; j < s.m; j++) {
            NgoSpec g = s.spec().ngos().get(j);
            double force = s.mobilisation[j] * g.resources() * coordinationOf(g.networks());
            double[] stance = g.stance();
            boolean lobbiesHome = g.inside() && g.homeActor() >= 0;
            if (lobbiesHome) {
                int base = g.homeActor() * k;
                double f = force * p.homeAttention;
                for (int i = 0; i < k; i++) s.pressure[base + i] += f * stance[i];
            }
            if (g.outside() || !lobbiesHome)
                for (int i = 0; i < k; i++) spread[i] += force * stance[i];
        }
        for (int a = 0; a < s.n; a++) {
            double w = p.visibility * s.capability[a] / maxCapability;
            int base = a * k;
            for (int i = 0; i < k; i++) s.pressure[base + i] += w * spread[i];
        }
    }

    /**
     * The force {@code m_j R_j phi_j} organisation j brings this session, as {@link #aggregatePressure} uses it: its
     * pressure on government i on issue k is {@code force(j) * stance_jk * attention(j, i)}. Read-only, for observers.
     */
    double force(int ngo) {
        NgoSpec g = model.spec().ngos().get(ngo);
        return model.mobilisation[ngo] * g.resources() * coordinationOf(g.networks());
    }

    /** The attention {@code A_ji} organisation j pays government i, as {@link #aggregatePressure} spreads it. */
    double attention(int ngo, int actor) {
        NgoSpec g = model.spec().ngos().get(ngo);
        boolean lobbiesHome = g.inside() && g.homeActor() >= 0;
        double a = lobbiesHome && g.homeActor() == actor ? model.params.homeAttention : 0;
        if (g.outside() || !lobbiesHome) a += model.params.visibility * model.capability[actor] / maxCapability;
        return a;
    }

    /** Total absolute pressure on all governments (an observation). */
    double totalPressure() {
        double t = 0;
        for (double v : model.pressure) t += Math.abs(v);
        return t;
    }
}
