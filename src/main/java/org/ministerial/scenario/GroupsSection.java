package org.ministerial.scenario;

import org.ministerial.model.GroupSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code groups:} the groups that existed before the meeting, with the members each lists and those the countries
 * table gives it.
 */
final class GroupsSection {
    private GroupsSection() {
    }

    static List<GroupSpec> read(Tree.Mapping root, ActorsSection actors, Fields f) {
        Problems problems = f.problems();
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> ties = new java.util.HashSet<>();
        Map<String, Set<Integer>> members = new LinkedHashMap<>();
        Map<String, Tree.Location> declaredAt = new java.util.HashMap<>();
        for (Tree t : f.sequence(root.get("groups"), "'groups'")) {
            Tree.Mapping m = f.mapping(t, "a group");
            if (m == null) continue;
            String id = f.required(m, "id", "a group");
            f.onlyKeys(m, "the group " + id, Set.of("id", "name", "ties", "members"));
            if (id == null) continue;
            // a second entry of one id would replace the first's name and ties, silently
            if (declaredAt.containsKey(id)) {
                f.declaredTwice(m.location(), "group", id, declaredAt.get(id));
                continue;
            }
            declaredAt.put(id, m.location());
            names.put(id, f.string(m, "name", id));
            if (f.flag(m, "ties", false)) ties.add(id);
            Set<Integer> set = members.computeIfAbsent(id, x -> new LinkedHashSet<>());
            for (String code : f.strings(m.get("members"), "'members'")) {
                Integer a = actors.actorOf.get(code);
                if (a == null) problems.add(m.get("members").location(), "group " + id + " lists unknown actor '" + code + "'");
                else set.add(a);
            }
        }
        for (CountryRow row : actors.rows.values())
            for (String g : row.groups) {
                if (!names.containsKey(g)) {
                    problems.add(row.location, row.code + " belongs to undeclared group '" + g + "'");
                    continue;
                }
                Integer a = actors.actorOf.get(row.code);
                if (a != null) members.get(g).add(a);
            }
        // coalition affinity and reach keep one bit per group in a 64-bit set (docs/ODD.md 7.7)
        if (names.size() > Long.SIZE)
            problems.add(root.keyLocation("groups"), names.size() + " groups are declared; at most " + Long.SIZE
                    + " are supported");
        List<GroupSpec> out = new ArrayList<>();
        for (String id : names.keySet())
            out.add(new GroupSpec(id, names.get(id), members.get(id).stream().mapToInt(Integer::intValue).toArray(),
                    ties.contains(id)));
        return out;
    }
}
