package org.ministerial.scenario;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a bilateral agreement is worth to each partner beyond its terms (docs/ODD.md 7.11): the sum over the access
 * terms of {@code weight x clamp01(cell / scale)}, read from the partner's row of the countries table. A run that
 * draws the table's cells computes it from the drawn cells, as it derives the partner's preferences from them.
 *
 * @param terms   the access terms, in the scenario's order
 * @param actorOf the actor index of every country that negotiates for itself (a union member has no access terms:
 *                the columns are countries')
 * @param actors  the number of actors
 */
record AccessTerms(List<Term> terms, Map<String, Integer> actorOf, int actors) implements java.io.Serializable {
    /** One term: {@code {column: C, scale: S, weight: W}}. */
    record Term(String column, double scale, double weight) implements java.io.Serializable {
    }

    AccessTerms {
        terms = List.copyOf(terms);
        actorOf = Map.copyOf(actorOf);
    }

    /**
     * Each actor's access value.
     *
     * @param rows   the countries' codes, in table order
     * @param number the number in a country's cell of a column (null when it holds none), by the country's position
     *               in {@code rows}
     */
    double[] values(List<String> rows, Function<Integer, Function<String, Double>> number) {
        double[] value = new double[actors];
        for (Term t : terms)
            for (int r = 0; r < rows.size(); r++) {
                Integer a = actorOf.get(rows.get(r));
                if (a == null) continue;
                Double v = number.apply(r).apply(t.column());
                if (v != null) value[a] += t.weight() * Math.min(1, Math.max(0, v / t.scale()));
            }
        return value;
    }
}
