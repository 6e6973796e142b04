package org.ministerial.scenario;

import java.util.List;

/**
 * The arithmetic that turns the cells of a countries table into what the model reads of each country: positions
 * and raw saliences by the {@link PreferenceModel}, responsiveness, the high-income flag, and capability from
 * economic size ({@code sqrt(GDP share) x sqrt(trade share)}, normalised to sum to 1 over the table; a union
 * member's trade counted without its trade inside the union). The loader runs it once on the cells as written; a
 * run that draws its inputs runs it again on drawn cells and coefficients ({@link ActorInputs}).
 *
 * @param gdp          the GDP column, or null when capability is not derived
 * @param trade        the trade column, or null
 * @param intraUnion   the column of a union member's trade inside the union (percent), or null
 * @param income       the column of the high-income test, or null
 * @param incomePer    its denominator column, or null
 * @param incomeAbove  the threshold of the high-income test
 */
record TableDerivation(String gdp, String trade, String intraUnion, String income, String incomePer,
                       double incomeAbove) implements java.io.Serializable {

    /**
     * Writes the derived fields of each row from its cells; problems are recorded in {@code f} at load and not
     * looked for (null) when drawing, the cells as written having been checked.
     */
    void derive(List<CountryRow> rows, List<DerivationRow> cells, PreferenceModel model, Fields f) {
        int n = rows.size();
        double[][] size = new double[n][2];
        double gdpTotal = 0, tradeTotal = 0;
        for (int i = 0; i < n; i++) {
            CountryRow row = rows.get(i);
            DerivationRow r = cells.get(i);
            if (model != null) {
                double[] x = model.indicators(r, f);
                for (int k = 0; k < row.position.length; k++) {
                    row.position[k] = model.position(k, x);
                    row.salience[k] = model.rawSalience(k, x);
                }
                row.responsiveness = model.responsiveness(x);
            }
            if (income != null) {
                Double v = r.number(income);
                Double per = incomePer == null ? Double.valueOf(1) : r.number(incomePer);
                // a row whose denominator is not positive has no income per head: said here too, for a model
                // without an indicator over the same quotient (a non-positive number in the indicator's words, so once)
                if (f != null && incomePer != null && v != null && (per == null || per <= 0))
                    f.problems().add(r.location, PreferenceModel.badDenominator(incomePer, r.text(incomePer),
                            "'high_income'"));
                row.highIncome = v != null && per != null && per > 0 && v / per >= incomeAbove;
            }
            if (gdp != null && trade != null) {
                size[i][0] = positive(r, gdp, f);
                size[i][1] = positive(r, trade, f) * outsideUnion(r, f);
                gdpTotal += size[i][0];
                tradeTotal += size[i][1];
            }
        }
        double capTotal = 0;
        for (int i = 0; i < n; i++)
            capTotal += Math.sqrt(size[i][0] / Math.max(gdpTotal, 1e-300)) * Math.sqrt(size[i][1] / Math.max(tradeTotal, 1e-300));
        for (int i = 0; i < n; i++) {
            CountryRow row = rows.get(i);
            row.gdpShare = size[i][0] / Math.max(gdpTotal, 1e-300);
            row.tradeShare = size[i][1] / Math.max(tradeTotal, 1e-300);
            double c = Math.sqrt(row.gdpShare) * Math.sqrt(row.tradeShare);
            row.capability = capTotal > 0 ? Math.max(c / capTotal, 1e-9) : 1.0 / n;
        }
    }

    /**
     * The part of a union member's trade that is the union's trade with the world: trade among the members of a
     * customs union is internal to the actor that negotiates for them, so it is not bargaining weight at the WTO.
     */
    private double outsideUnion(DerivationRow r, Fields f) {
        if (intraUnion == null || r.text("negotiates_through").isEmpty()) return 1;
        Double pct = r.number(intraUnion);
        if (pct == null || pct < 0 || pct > 100) {
            if (f != null) f.problems().add(r.location, "column '" + intraUnion + "' needs a share in [0, 100] for a"
                    + " member of " + r.text("negotiates_through") + ", not '" + r.text(intraUnion) + "'");
            return pct == null ? 1 : 1 - Math.min(100, Math.max(0, pct)) / 100;
        }
        return 1 - pct / 100;
    }

    private static double positive(DerivationRow r, String column, Fields f) {
        Double v = r.number(column);
        if (v == null || v < 0) {
            if (f != null) f.problems().add(r.location, "column '" + column + "' needs a non-negative number, not '"
                    + r.text(column) + "'");
            return 0;
        }
        return v;
    }
}
