package org.ministerial.calibration;

import org.ministerial.batch.CsvFiles;
import org.ministerial.batch.Decimals;
import org.ministerial.batch.Json;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.ResultsSchema.Calibrations;
import org.ministerial.batch.SummaryKeys.Abc;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables and summary of a finished calibration (docs/experiments.md, "Calibration (ABC)"):
 * {@code posterior.csv} (the last generation's particles), {@code particles.csv} (every generation's),
 * {@code generations.csv} (one row per generation) and {@code summary.json} (posterior means and 95% credible
 * intervals, and the posterior predictive means of the targets and holdout patterns). Numbers follow the results
 * conventions (six decimals, {@code Inf} for an infinite tolerance in CSV, null in JSON).
 */
final class CalibrationFiles {
    /** Central credible intervals hold this share of the posterior. */
    static final double CREDIBLE = 0.95;

    private CalibrationFiles() {
    }

    static void write(Path folder, Calibration c, AbcSmc.Result result) throws IOException {
        Generation last = result.posterior();
        CsvFiles.write(folder.resolve(Calibrations.POSTERIOR_FILE), particleHeader(c, false),
                particleRows(c, last, false));
        List<List<String>> all = new ArrayList<>();
        for (Generation g : result.generations()) all.addAll(particleRows(c, g, true));
        CsvFiles.write(folder.resolve(Calibrations.PARTICLES_FILE), particleHeader(c, true), all);
        CsvFiles.write(folder.resolve(Calibrations.GENERATIONS_FILE), Calibrations.GENERATIONS_HEADER,
                generationRows(c, result.generations()));
        Json.write(folder.resolve(ResultsSchema.SUMMARY_FILE), summary(c, result));
    }

    private static List<String> particleHeader(Calibration c, boolean generation) {
        List<String> measures = new ArrayList<>();
        for (Target t : c.targets()) measures.add(t.measure());
        for (Target t : c.holdout()) measures.add(t.measure());
        return Calibrations.particleHeader(generation, c.keys(), measures);
    }

    private static List<List<String>> particleRows(Calibration c, Generation g, boolean generation) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < g.particles().size(); i++) {
            Proposal p = g.particles().get(i);
            List<String> row = new ArrayList<>();
            if (generation) row.add(Integer.toString(g.index()));
            row.add(Integer.toString(i));
            row.add(Integer.toString(p.index()));
            for (int d = 0; d < p.theta().length; d++) row.add(c.priors().get(d).format(p.theta()[d]));
            row.add(Decimals.format(g.weights()[i]));
            row.add(Decimals.format(p.distance()));
            for (double v : p.simulated()) row.add(Decimals.format(v));
            for (double v : p.holdout()) row.add(Decimals.format(v));
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> generationRows(Calibration c, List<Generation> generations) {
        List<List<String>> rows = new ArrayList<>();
        for (Generation g : generations)
            rows.add(List.of(Integer.toString(g.index()), Decimals.format(g.tolerance()),
                    Integer.toString(g.proposals()), Integer.toString(g.particles().size()),
                    Decimals.format(g.acceptanceRate()), Decimals.format(g.effectiveSampleSize()),
                    Long.toString((long) g.proposals() * c.settings().runsPerParticle()),
                    Integer.toString(g.failed())));
        return rows;
    }

    private static Map<String, Object> summary(Calibration c, AbcSmc.Result result) {
        Generation last = result.posterior();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(Abc.CALIBRATION, c.name());
        s.put(Abc.SCENARIO, c.label());
        s.put(Abc.SEED, c.seed());
        s.put(Abc.SETTINGS, settings(c.settings()));
        s.put(Abc.GENERATIONS, result.generations().size());
        s.put(Abc.STOP, result.stop().label());
        s.put(Abc.STOP_REASON, result.stop().reason);
        s.put(Abc.TOLERANCE, Decimals.round(last.tolerance()));
        long proposals = 0;
        for (Generation g : result.generations()) proposals += g.proposals();
        s.put(Abc.PROPOSALS, proposals);
        s.put(Abc.RUNS, proposals * c.settings().runsPerParticle());
        s.put(Abc.ESS, Decimals.round(last.effectiveSampleSize()));
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int d = 0; d < c.priors().size(); d++) {
            Prior p = c.priors().get(d);
            WeightedSample w = new WeightedSample(last.values(d), last.weights());
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(Abc.PRIOR, List.of(Decimals.round(p.min()), Decimals.round(p.max())));
            one.put(Abc.INTEGER, p.integer());
            describe(one, w);
            parameters.put(p.key(), one);
        }
        s.put(Abc.POSTERIOR, parameters);
        s.put(Abc.TARGETS, predictive(c.targets(), last, false));
        s.put(Abc.HOLDOUT, predictive(c.holdout(), last, true));
        return s;
    }

    /** Weighted mean, standard deviation, median and central 95% interval. */
    private static void describe(Map<String, Object> into, WeightedSample w) {
        into.put(Abc.MEAN, Decimals.round(w.mean()));
        into.put(Abc.SD, Decimals.round(w.sd()));
        into.put(Abc.MEDIAN, Decimals.round(w.quantile(0.5)));
        double tail = (1 - CREDIBLE) / 2;
        List<BigDecimal> ci = new ArrayList<>();
        ci.add(Decimals.round(w.quantile(tail)));
        ci.add(Decimals.round(w.quantile(1 - tail)));
        into.put(Abc.CI95, ci);
    }

    /**
     * Each pattern's observed value against the posterior predictive distribution of the particles' simulated means
     * (each particle's mean over its runs, weighted): its mean, median and central 95% interval, and the standardised
     * difference {@code (mean - observed) / scale}.
     */
    private static Map<String, Object> predictive(List<Target> targets, Generation g, boolean holdout) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int m = 0; m < targets.size(); m++) {
            Target t = targets.get(m);
            double[] values = new double[g.particles().size()];
            for (int i = 0; i < values.length; i++)
                values[i] = (holdout ? g.particles().get(i).holdout() : g.particles().get(i).simulated())[m];
            WeightedSample w = new WeightedSample(values, g.weights());
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(Abc.OBSERVED, Decimals.round(t.observed()));
            one.put(Abc.SCALE, Decimals.round(t.scale()));
            if (t.fillsMissing()) one.put(Abc.MISSING, Decimals.round(t.missing()));
            describe(one, w);
            one.put(Abc.STANDARDISED_DIFFERENCE, Decimals.round((w.mean() - t.observed()) / t.scale()));
            out.put(t.measure(), one);
        }
        return out;
    }

    static Map<String, Object> settings(AbcSettings a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(Abc.PARTICLES, a.particles());
        s.put(Abc.RUNS_PER_PARTICLE, a.runsPerParticle());
        s.put(Abc.GENERATIONS, a.generations());
        s.put(Abc.ALPHA, Decimals.round(a.alpha()));
        s.put(Abc.FINAL_TOLERANCE, Decimals.round(a.finalTolerance()));
        s.put(Abc.MAX_PROPOSALS, a.maxProposals());
        s.put(Abc.MIN_ACCEPTANCE, Decimals.round(a.minAcceptance()));
        return s;
    }
}
