package org.ministerial.gui;

import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.NgoSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Who presses whom: the organisations grouped into hubs, one per NGO network plus one for organisations in no network
 * (961 organisations drawn one by one would hide everything else), and the pressure each hub puts on each government.
 * The pressure of organisation j on government i on issue k is {@code force_j * stance_jk * attention_ji}
 * ({@link Negotiation#ngoForce}, {@link Negotiation#ngoAttention}); an organisation in several networks counts
 * equally in each. A hub's pressure on a government is {@code sum_k |sum_{j in hub} pressure_jik|}, so opposite
 * stances within a hub cancel as they do in the model.
 */
public final class PressureSources {
    /** Name of the hub of organisations that belong to no network. */
    static final String UNAFFILIATED = "no network";

    private final Negotiation model;
    private final int n, k, m;
    private final List<String> names = new ArrayList<>();
    private final double[][] weight; // [hub][ngo]
    private final int[] size;
    private final double[] onActor; // [hub * n + actor]
    private final double[] mobilisation; // mean mobilisation per hub
    private final double[] perIssue;
    private double strongest;

    public PressureSources(Negotiation model) {
        this.model = model;
        NegotiationSpec spec = model.getSpec();
        n = spec.actors().size();
        k = spec.issues().size();
        m = spec.ngos().size();
        names.addAll(spec.networks());
        boolean unaffiliated = false;
        for (NgoSpec g : spec.ngos()) unaffiliated |= g.networks().length == 0;
        if (unaffiliated) names.add(UNAFFILIATED);
        weight = new double[names.size()][m];
        size = new int[names.size()];
        for (int j = 0; j < m; j++) {
            int[] nets = spec.ngos().get(j).networks();
            if (nets.length == 0) {
                weight[names.size() - 1][j] = 1;
                size[names.size() - 1]++;
            }
            for (int net : nets) {
                weight[net][j] += 1.0 / nets.length;
                size[net]++;
            }
        }
        onActor = new double[names.size() * n];
        mobilisation = new double[names.size()];
        perIssue = new double[names.size() * n * k];
    }

    /** Recomputes every hub's pressure and mobilisation from the model's current state. */
    public void update() {
        Arrays.fill(perIssue, 0);
        Arrays.fill(mobilisation, 0);
        for (int j = 0; j < m; j++) {
            double force = model.ngoForce(j);
            double mob = model.mobilisationOf(j);
            double[] stance = model.getSpec().ngos().get(j).stance();
            for (int h = 0; h < names.size(); h++) {
                double w = weight[h][j];
                if (w == 0) continue;
                mobilisation[h] += w * mob;
                if (force == 0) continue;
                for (int i = 0; i < n; i++) {
                    double a = model.ngoAttention(j, i);
                    if (a == 0) continue;
                    int base = (h * n + i) * k;
                    for (int issue = 0; issue < k; issue++) perIssue[base + issue] += w * force * stance[issue] * a;
                }
            }
        }
        strongest = 0;
        for (int h = 0; h < names.size(); h++) {
            double members = 0;
            for (int j = 0; j < m; j++) members += weight[h][j];
            if (members > 0) mobilisation[h] /= members;
            for (int i = 0; i < n; i++) {
                double total = 0;
                for (int issue = 0; issue < k; issue++) total += Math.abs(perIssue[(h * n + i) * k + issue]);
                onActor[h * n + i] = total;
                strongest = Math.max(strongest, total);
            }
        }
    }

    public int hubs() {
        return names.size();
    }

    public String name(int hub) {
        return names.get(hub);
    }

    /** Organisations in the hub. */
    public int size(int hub) {
        return size[hub];
    }

    /** Mean mobilisation of the hub's organisations at the last update. */
    public double mobilisation(int hub) {
        return mobilisation[hub];
    }

    /** The hub's pressure on a government at the last update, summed in absolute value over issues. */
    public double on(int hub, int actor) {
        return onActor[hub * n + actor];
    }

    /** The hub's signed pressure on a government on one issue at the last update. */
    double on(int hub, int actor, int issue) {
        return perIssue[(hub * n + actor) * k + issue];
    }

    /** The largest hub-to-government pressure at the last update (0 when nobody presses). */
    double strongest() {
        return strongest;
    }

    /** The hub's largest pressure on one government at the last update. */
    double strongestFrom(int hub) {
        double best = 0;
        for (int i = 0; i < n; i++) best = Math.max(best, onActor[hub * n + i]);
        return best;
    }

    /** Mean stance of the hub's organisations per issue, in [-1, 1]. */
    double[] meanStance(int hub) {
        double[] mean = new double[k];
        double members = 0;
        for (int j = 0; j < m; j++) {
            double w = weight[hub][j];
            if (w == 0) continue;
            members += w;
            double[] stance = model.getSpec().ngos().get(j).stance();
            for (int issue = 0; issue < k; issue++) mean[issue] += w * stance[issue];
        }
        if (members > 0) for (int issue = 0; issue < k; issue++) mean[issue] /= members;
        return mean;
    }

    /**
     * The organisations pressing a government hardest now, strongest first, as "name (sector): pressure".
     *
     * @param limit how many to list
     */
    List<String> strongestOn(int actor, int limit) {
        double[] total = new double[m];
        Integer[] order = new Integer[m];
        for (int j = 0; j < m; j++) {
            order[j] = j;
            double force = model.ngoForce(j), a = model.ngoAttention(j, actor);
            for (double s : model.getSpec().ngos().get(j).stance()) total[j] += Math.abs(force * s * a);
        }
        Arrays.sort(order, (a, b) -> Double.compare(total[b], total[a]));
        List<String> out = new ArrayList<>();
        for (int r = 0; r < Math.min(limit, m) && total[order[r]] > 0; r++) {
            NgoSpec g = model.getSpec().ngos().get(order[r]);
            out.add(String.format(Locale.ROOT, "%s (%s): %.3f", g.name(), g.sector(), total[order[r]]));
        }
        return out;
    }
}
