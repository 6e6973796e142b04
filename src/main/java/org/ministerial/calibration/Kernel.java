package org.ministerial.calibration;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.special.Erf;

import java.util.List;

/**
 * The proposal of generation {@code t > 0} of ABC-SMC (Beaumont, Cornuet, Marin and Robert 2009, Biometrika 96,
 * 983-990, algorithm "ABC-PMC"): pick a particle of generation {@code t - 1} with probability equal to its weight and
 * perturb each parameter with a Gaussian of variance twice the particles' weighted empirical variance of that
 * parameter (their eq. for tau^2, which minimises the Kullback-Leibler divergence between the kernel and the
 * target); if the result leaves the prior's support, draw both again. The proposal density is therefore
 * {@code q(theta) ~ sum_j w_j K(theta | theta_j)} truncated to the support, and a new particle's importance weight is
 * {@code prior(theta) / sum_j w_j K(theta | theta_j)} (the truncation's normalising constant is the same for every
 * particle and cancels when the weights are normalised).
 *
 * <p>A whole-number parameter is perturbed the same way and rounded; its kernel is then the probability of the
 * rounded value, {@code Phi((v + 1/2 - mu) / sigma) - Phi((v - 1/2 - mu) / sigma)}, so the weights stay exact. A
 * continuous value is rounded to six decimals, a grid far finer than any kernel. Each standard deviation is at least
 * 10^-6 of its prior's range, so that a generation whose particles all agree still has a proper kernel.
 */
final class Kernel {
    /** Draw attempts before a proposal is declared impossible (a kernel far wider than the support). */
    static final int MAX_ATTEMPTS = 1_000_000;
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private final List<Prior> priors;
    private final Generation previous;
    private final double[] sigma;
    private final double[] cumulative;

    private Kernel(List<Prior> priors, Generation previous, double[] sigma) {
        this.priors = priors;
        this.previous = previous;
        this.sigma = sigma;
        this.cumulative = new double[previous.weights().length];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) cumulative[i] = sum += previous.weights()[i];
    }

    /** The kernel around the particles of {@code previous}. */
    static Kernel around(List<Prior> priors, Generation previous) {
        double[] sigma = new double[priors.size()];
        double[] w = previous.weights();
        for (int d = 0; d < sigma.length; d++) {
            double[] x = previous.values(d);
            double mean = 0;
            for (int i = 0; i < x.length; i++) mean += w[i] * x[i];
            double variance = 0;
            for (int i = 0; i < x.length; i++) variance += w[i] * (x[i] - mean) * (x[i] - mean);
            Prior p = priors.get(d);
            sigma[d] = Math.max(Math.sqrt(2 * variance), 1e-6 * (p.max() - p.min()));
        }
        return new Kernel(priors, previous, sigma);
    }

    /** The kernel's standard deviation of each parameter. */
    double[] sigma() {
        return sigma.clone();
    }

    /** A proposal: an ancestor drawn by weight, perturbed, drawn again until inside the prior's support. */
    double[] propose(RandomGenerator rng) {
        double[] theta = new double[sigma.length];
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            double[] from = previous.particles().get(ancestor(rng.nextDouble())).theta();
            boolean inside = true;
            for (int d = 0; d < theta.length; d++) {
                Prior p = priors.get(d);
                theta[d] = p.round(from[d] + sigma[d] * rng.nextGaussian());
                inside &= p.contains(theta[d]);
            }
            if (inside) return theta;
        }
        throw new IllegalStateException("no proposal inside the priors' support after " + MAX_ATTEMPTS + " draws");
    }

    private int ancestor(double u) {
        double target = u * cumulative[cumulative.length - 1];
        int lo = 0, hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** Log of {@code K(theta | from)}: a density in the continuous parameters, a probability in the integer ones. */
    double logDensity(double[] theta, double[] from) {
        double log = 0;
        for (int d = 0; d < theta.length; d++) {
            double s = sigma[d];
            if (priors.get(d).integer()) {
                double a = (theta[d] - 0.5 - from[d]) / (s * Math.sqrt(2));
                double b = (theta[d] + 0.5 - from[d]) / (s * Math.sqrt(2));
                log += Math.log(0.5 * Erf.erf(a, b));
            } else {
                double z = (theta[d] - from[d]) / s;
                log += -0.5 * z * z - Math.log(s) - LOG_SQRT_2PI;
            }
            if (log == Double.NEGATIVE_INFINITY) return log;
        }
        return log;
    }

    /**
     * The normalised importance weights of new particles: {@code prior(theta_i) / sum_j w_j K(theta_i | theta_j)},
     * computed in logs (log-sum-exp) so that narrow kernels neither overflow nor underflow.
     */
    double[] weights(List<Proposal> particles) {
        double logPrior = 0;
        for (Prior p : priors) logPrior += p.logDensity();
        double[] w = previous.weights();
        double[] log = new double[particles.size()];
        double[] terms = new double[w.length];
        for (int i = 0; i < log.length; i++) {
            double[] theta = particles.get(i).theta();
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < w.length; j++) {
                terms[j] = Math.log(w[j]) + logDensity(theta, previous.particles().get(j).theta());
                max = Math.max(max, terms[j]);
            }
            if (max == Double.NEGATIVE_INFINITY) {
                log[i] = Double.NEGATIVE_INFINITY; // no ancestor can have made it (only by underflow): weight 0
                continue;
            }
            double sum = 0;
            for (double t : terms) sum += Math.exp(t - max);
            log[i] = logPrior - (max + Math.log(sum));
        }
        return normalised(log);
    }

    /** {@code exp(log)} scaled to sum to 1. */
    static double[] normalised(double[] log) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : log) max = Math.max(max, l);
        double[] w = new double[log.length];
        double sum = 0;
        for (int i = 0; i < w.length; i++) sum += w[i] = Math.exp(log[i] - max);
        for (int i = 0; i < w.length; i++) w[i] /= sum;
        return w;
    }
}
