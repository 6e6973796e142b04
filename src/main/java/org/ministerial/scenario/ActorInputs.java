package org.ministerial.scenario;

import ec.util.MersenneTwisterFast;
import org.ministerial.model.ActorSpec;
import org.ministerial.model.InputUncertainty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's input uncertainty as the model draws it per run: the countries table's cells within the ranges of
 * its {@code sources.csv}, and the preference model's coefficients within their priors ({@link InputPriors}); then
 * the same derivation and assembly as at load, so positions, saliences, capabilities, responsiveness and the North
 * flag all follow from what was drawn, and so do the access values of a bilateral track. Values written over the
 * table (overrides with a source, inline entries) are kept as written.
 *
 * <p>Draw order is fixed (cells row by row in table order, columns in table order; then coefficients issue by
 * issue), so one seed gives one draw on every machine.
 */
final class ActorInputs implements InputUncertainty {
    private static final long serialVersionUID = 1L;
    private final List<CountryRow> rows;
    private final CountryTableReader.Inputs table;
    private final ActorAssembly assembly;
    /** The bilateral track's access terms, computed from the drawn cells; null without a track. */
    private final AccessTerms access;

    /**
     * @param rows     every country row in load order, as loaded (table rows and inline entries)
     * @param table    what the countries table contributes
     * @param assembly how rows become actors
     */
    ActorInputs(Map<String, CountryRow> rows, CountryTableReader.Inputs table, ActorAssembly assembly) {
        this.rows = new ArrayList<>();
        for (CountryRow r : rows.values()) this.rows.add(r.copy());
        this.table = table;
        this.assembly = assembly;
        this.access = null;
    }

    private ActorInputs(ActorInputs inputs, AccessTerms access) {
        this.rows = inputs.rows;
        this.table = inputs.table;
        this.assembly = inputs.assembly;
        this.access = access;
    }

    /** These inputs, whose draws also give the bilateral track's access values from the drawn cells. */
    ActorInputs withAccess(AccessTerms access) {
        return new ActorInputs(this, access);
    }

    @Override
    public boolean varies() {
        return table.priors().varies();
    }

    @Override
    public Draw draw(List<ActorSpec> written, org.ministerial.model.Parameters parameters, MersenneTwisterFast random) {
        Map<String, CountryRow> copies = new LinkedHashMap<>();
        for (CountryRow r : rows) copies.put(r.code, r.copy());
        List<CountryRow> tableRows = new ArrayList<>();
        List<DerivationRow> cells = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            tableRows.add(copies.get(table.rows().get(i).code));
            DerivationRow asWritten = table.cells().get(i);
            cells.add(table.priors().data() ? asWritten.drawn(table.sources(), random) : asWritten);
        }
        PreferenceModel model = table.model() == null ? null : table.model().drawn(table.priors(), random);
        table.derivation().derive(tableRows, cells, model, null);
        for (CountryRow r : tableRows) r.applyFixed();
        List<ActorSpec> actors = assembly.assemble(copies.values(), null).actors();
        double[] accessValues = access == null ? null
                : access.values(tableRows.stream().map(r -> r.code).toList(), r -> cells.get(r)::number);
        return new Draw(actors, parameters, accessValues);
    }
}
