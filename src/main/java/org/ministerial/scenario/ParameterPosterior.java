package org.ministerial.scenario;

import org.ministerial.model.Parameter;
import org.ministerial.files.Problem;
import ec.util.MersenneTwisterFast;
import org.ministerial.model.ActorSpec;
import org.ministerial.model.InputUncertainty;
import org.ministerial.model.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calibrated parameters drawn per run from their posterior: a weighted sample such as the {@code posterior.csv} that
 * {@code ministerial calibrate} writes (one row a particle, a {@code parameters.<name>} column per parameter and a
 * {@code weight}). Each draw takes one particle with probability proportional to its weight (the importance
 * resampling of a sequential Monte Carlo sample), so what the calibration leaves uncertain reaches the batch's
 * intervals instead of being fixed at a point estimate. A parameter the user sets (--set, a sweep's design, a
 * calibration's proposals) is not drawn: what is set is held.
 */
final class ParameterPosterior implements InputUncertainty {
    private static final long serialVersionUID = 1L;
    private final String[] names;
    private final double[][] values;
    private final double[] cumulative;

    private ParameterPosterior(String[] names, double[][] values, double[] cumulative) {
        this.names = names;
        this.values = values;
        this.cumulative = cumulative;
    }

    @Override
    public boolean varies() {
        return names.length > 0 && values.length > 1;
    }

    @Override
    public Draw draw(List<ActorSpec> actors, Parameters parameters, MersenneTwisterFast random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int p = java.util.Arrays.binarySearch(cumulative, u);
        p = p >= 0 ? Math.min(p + 1, values.length - 1) : -p - 1;
        Parameters drawn = parameters;
        for (int i = 0; i < names.length; i++) drawn = drawn.with(names[i], values[p][i]);
        return new Draw(actors, drawn);
    }

    /**
     * This posterior as {@link #read} makes it when the {@code held} keys are set as well: their columns are not
     * drawn (the particles and their weights are the same, so a draw takes the same particle).
     */
    ParameterPosterior holding(Set<String> held) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < names.length; i++) if (!held.contains(Parameter.SET_PREFIX + names[i])) kept.add(i);
        if (kept.size() == names.length) return this;
        String[] n = new String[kept.size()];
        double[][] v = new double[values.length][kept.size()];
        for (int j = 0; j < n.length; j++) {
            n[j] = names[kept.get(j)];
            for (int r = 0; r < values.length; r++) v[r][j] = values[r][kept.get(j)];
        }
        return new ParameterPosterior(n, v, cumulative);
    }

    /**
     * Reads {@code parameter_uncertainty: {posterior: FILE}} ({@code none}, or absent: nothing drawn).
     *
     * @param held the parameters the user sets, which are not drawn
     * @return the posterior, or null
     */
    static ParameterPosterior read(Tree node, Set<String> held, List<Path> inputs, Fields f) {
        if (node == null || node instanceof Tree.Scalar s && s.value().equals("none")) return null;
        Tree.Mapping m = f.mapping(node, "'parameter_uncertainty' (none, or {posterior: FILE})");
        if (m == null) return null;
        f.onlyKeys(m, "'parameter_uncertainty'", Set.of("posterior"));
        if (!(m.get("posterior") instanceof Tree.Scalar ref)) {
            f.problems().add(m.location(), "'parameter_uncertainty' needs 'posterior': a CSV of weighted particles");
            return null;
        }
        InputTable table;
        try {
            table = InputTable.read(ref, List.of("weight"), inputs);
        } catch (ScenarioException e) {
            f.problems().addAll(e.problems());
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String c : table.columns()) {
            if (!c.startsWith(Parameter.SET_PREFIX)) continue;
            String name = Parameter.bareKey(c);
            if (Parameter.byKey(name) == null)
                f.problems().add(new Problem(table.label(), 1, "column '" + c + "' is no model parameter"));
            else if (!held.contains(c)) names.add(name);
        }
        if (table.rows().isEmpty()) f.problems().add(new Problem(table.label(), 1, "no particles"));
        double[][] values = new double[table.rows().size()][names.size()];
        double[] cumulative = new double[table.rows().size()];
        double total = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            InputTable.Row row = table.rows().get(r);
            Double w = Fields.parseNumber(row.get("weight"));
            if (w == null || !(w >= 0)) {
                f.problems().add(row.location(), "weight must be a non-negative number, not '" + row.get("weight") + "'");
                w = 0.0;
            }
            total += w;
            cumulative[r] = total;
            for (int i = 0; i < names.size(); i++) {
                String column = Parameter.SET_PREFIX + names.get(i);
                Double v = Fields.parseNumber(row.get(column));
                if (v == null || !Parameter.byKey(names.get(i)).admits(v))
                    f.problems().add(row.location(), "'" + column + "' = '" + row.get(column) + "' is not a value the"
                            + " parameter admits");
                else values[r][i] = v;
            }
        }
        if (!table.rows().isEmpty() && !(total > 0)) f.problems().add(new Problem(table.label(), 1, "the weights sum to 0"));
        return new ParameterPosterior(names.toArray(String[]::new), values, cumulative);
    }
}
