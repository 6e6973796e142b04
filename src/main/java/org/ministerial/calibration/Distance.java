package org.ministerial.calibration;

import java.util.List;

/**
 * The ABC distance between a particle's simulated summaries and the observed ones: the Euclidean norm of the
 * differences, each divided by its target's tolerance scale, so that targets on different scales (a share, a day)
 * weigh as the experiment says. A missing summary (no run reported the measure) makes the distance infinite, so the
 * particle is never accepted.
 */
final class Distance {
    private Distance() {
    }

    static double of(double[] simulated, List<Target> targets) {
        double sum = 0;
        for (int i = 0; i < simulated.length; i++) {
            if (Double.isNaN(simulated[i])) return Double.POSITIVE_INFINITY;
            double z = (simulated[i] - targets.get(i).observed()) / targets.get(i).scale();
            sum += z * z;
        }
        return Math.sqrt(sum);
    }
}
