package org.ministerial.scenario;

import org.ministerial.model.ChairSpec;
import org.ministerial.model.Issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code chair:} who chairs, the agenda (issues it does not name follow in file order), the green room, issues off the
 * table, co-chairs with their weights and an opening text.
 */
final class ChairSection {
    private ChairSection() {
    }

    static ChairSpec read(Tree.Mapping root, List<Issue> issues, ActorsSection actors, Fields f) {
        Problems problems = f.problems();
        Tree.Mapping m = f.mapping(root.get("chair"), "'chair'");
        boolean[] room = new boolean[actors.actors.size()];
        List<Integer> agenda = new ArrayList<>();
        double[] opening = null;
        List<Integer> offTable = new ArrayList<>();
        List<Integer> coChairs = new ArrayList<>();
        List<Double> coWeights = new ArrayList<>();
        String name = "chair";
        if (m != null) {
            f.onlyKeys(m, "'chair'", Set.of("name", "agenda", "green_room", "off_table", "co_chairs", "opening_text"),
                    "chair");
            name = f.string(m, "name", name);
            for (String id : f.strings(m.get("agenda"), "'agenda'")) {
                int k = Issue.indexOf(issues, id);
                if (k < 0) problems.add(m.get("agenda").location(), "agenda names unknown issue '" + id + "'");
                else if (agenda.contains(k)) problems.add(m.get("agenda").location(), "agenda names '" + id + "' twice");
                else agenda.add(k);
            }
            for (String code : f.strings(m.get("green_room"), "'green_room'")) {
                Integer a = actors.actorOf.get(code);
                if (a == null) problems.add(m.get("green_room").location(), "green room names unknown actor '" + code + "'");
                else room[a] = true;
            }
            for (String id : f.strings(m.get("off_table"), "'off_table'")) {
                int k = Issue.indexOf(issues, id);
                if (k < 0) problems.add(m.get("off_table").location(), "off_table names unknown issue '" + id + "'");
                else if (!offTable.contains(k)) offTable.add(k);
            }
            for (Tree t : f.sequence(m.get("co_chairs"), "'co_chairs'")) {
                Tree.Mapping c = f.mapping(t, "a co-chair");
                if (c == null) continue;
                String code = f.required(c, "actor", "a co-chair");
                f.onlyKeys(c, "a co-chair", Set.of("actor", "weight"));
                Integer a = code == null ? null : actors.actorOf.get(code);
                if (code != null && a == null) problems.add(c.get("actor").location(), "co-chair '" + code + "' is not an actor");
                double w = f.positive(c, "weight", 1, 1e9);
                if (a != null) {
                    coChairs.add(a);
                    coWeights.add(w);
                }
            }
            Tree.Mapping text = f.mapping(m.get("opening_text"), "'opening_text'");
            if (text != null) {
                opening = new double[issues.size()];
                for (int k = 0; k < issues.size(); k++) {
                    Tree v = text.get(issues.get(k).id());
                    if (v == null) problems.add(text.location(), "issue '" + issues.get(k).id() + "' is missing from the opening text");
                    else opening[k] = f.number(v, "opening text on '" + issues.get(k).id() + "'", 0, 0, 1);
                }
            }
        }
        for (int k = 0; k < issues.size(); k++) if (!agenda.contains(k)) agenda.add(k);
        return new ChairSpec(name, agenda.stream().mapToInt(Integer::intValue).toArray(), room, opening,
                offTable.stream().mapToInt(Integer::intValue).toArray(),
                coChairs.stream().mapToInt(Integer::intValue).toArray(),
                coWeights.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
