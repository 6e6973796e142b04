package org.ministerial.scenario;

import org.ministerial.model.ReferenceCoalition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code validation:} what runs are measured against, never model input. */
final class ReferencesSection {
    private ReferencesSection() {
    }

    /** {@code validation.reference_coalitions}: observed coalitions runs are compared with (never model input). */
    static List<ReferenceCoalition> read(Tree.Mapping root, ActorsSection actors, Fields f) {
        Problems problems = f.problems();
        List<ReferenceCoalition> out = new ArrayList<>();
        Tree.Mapping v = f.mapping(root.get("validation"), "'validation'");
        if (v == null) return out;
        f.onlyKeys(v, "'validation'", Set.of("reference_coalitions"));
        for (Tree t : f.sequence(v.get("reference_coalitions"), "'reference_coalitions'")) {
            Tree.Mapping m = f.mapping(t, "a reference coalition");
            if (m == null) continue;
            String id = f.required(m, "id", "a reference coalition");
            f.onlyKeys(m, "the reference coalition " + id, Set.of("id", "source", "anchors", "members"));
            if (m.get("source") == null) problems.add(m.location(), "a reference coalition needs its 'source'");
            int[] anchors = actorList(m, "anchors", actors, f), members = actorList(m, "members", actors, f);
            if (id != null && anchors.length > 0) out.add(new ReferenceCoalition(id, anchors, members));
            else if (id != null) problems.add(m.location(), "reference coalition " + id + " needs 'anchors'");
        }
        return out;
    }

    private static int[] actorList(Tree.Mapping m, String key, ActorsSection actors, Fields f) {
        Problems problems = f.problems();
        Set<Integer> out = new LinkedHashSet<>();
        for (String code : f.strings(m.get(key), "'" + key + "'")) {
            Integer a = actors.actorOf.get(code);
            if (a == null) problems.add(m.get(key).location(), key + " names unknown actor '" + code + "'");
            else out.add(a);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
