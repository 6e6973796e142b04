package org.ministerial.cli;

import org.ministerial.model.ActorSpec;
import org.ministerial.model.NegotiationSpec;

/**
 * The compromise model's prediction, {@code x^c_k = sum_i c_i s_ik p_ik / sum_i c_i s_ik} (the capability and
 * salience weighted mean of positions that predicts EU decisions well: Thomson et al. 2006, The European Union
 * Decides), which bargaining-model studies report beside a simulated outcome.
 */
final class CompromiseText {
    private CompromiseText() {
    }

    /** Per issue, the prediction from the spec's actors (0 on an issue nobody weighs). */
    static double[] of(NegotiationSpec spec) {
        int k = spec.issues().size();
        double[] num = new double[k], den = new double[k], out = new double[k];
        for (ActorSpec a : spec.actors())
            for (int j = 0; j < k; j++) {
                num[j] += a.capability() * a.salience()[j] * a.ideal()[j];
                den[j] += a.capability() * a.salience()[j];
            }
        for (int j = 0; j < k; j++) out[j] = den[j] > 0 ? num[j] / den[j] : 0;
        return out;
    }

    /** {@code label} then each issue's id and value, two decimals. */
    static String line(String label, NegotiationSpec spec, double[] values) {
        StringBuilder b = new StringBuilder(label);
        for (int j = 0; j < values.length; j++)
            b.append(String.format(java.util.Locale.ROOT, " %s %.2f", spec.issues().get(j).id(), values[j]));
        return b.toString();
    }
}
