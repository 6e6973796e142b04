package org.ministerial.scenario;

import org.ministerial.model.Calendar;
import org.ministerial.model.ChairSpec;
import org.ministerial.model.ConsensusRule;
import org.ministerial.model.DecisionRule;
import org.ministerial.model.GroupSpec;
import org.ministerial.model.Issue;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.Parameter;
import org.ministerial.model.Parameters;
import org.ministerial.model.QualifiedMajorityRule;
import org.ministerial.model.BilateralTrack;
import org.ministerial.model.FlexibleRule;
import org.ministerial.model.MeetingContext;
import org.ministerial.model.ReferenceCoalition;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a resolved scenario tree into a {@link NegotiationSpec}, collecting every problem on the way. */
final class SpecBuilder {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> TOP_LEVEL = Set.of("name", "title", "description", "issues", "calendar",
            "countries", "unions", "groups", "ngos", "chair", "events", "decision_rule", "parameters", "notes", "validation", "precedent", "bilateral", "parameter_uncertainty",
            "policy_space");

    private final Problems problems = new Problems();
    private final Fields f = new Fields(problems);
    /** The display axes read by the last {@link #build}: not model input, so not part of the spec. */
    private PolicySpaceAxes policySpace;

    NegotiationSpec build(Tree.Mapping root, String fallbackName, List<Path> inputs) throws ScenarioException {
        return build(root, fallbackName, inputs, Set.of());
    }

    /** @param held the --set keys: parameters the user sets are not drawn from a posterior */
    NegotiationSpec build(Tree.Mapping root, String fallbackName, List<Path> inputs, Set<String> held)
            throws ScenarioException {
        for (String key : root.entries().keySet())
            if (!TOP_LEVEL.contains(key)) problems.add(root.keyLocation(key), "unknown key '" + key + "'");
        String name = f.string(root, "name", fallbackName);
        List<Issue> issues = issues(root);
        policySpace = PolicySpaceSection.read(root, issues, f);
        Calendar calendar = calendar(root);
        ActorsSection actors = new ActorsSection(issues, f);
        actors.read(root, inputs);
        // without countries every later section would report what it cannot find among them, burying the cause
        if (actors.actors.isEmpty()) problems.throwIfAny();
        List<GroupSpec> groups = groups(root, actors);
        NgoSection ngos = new NgoSection(issues, actors.actorOf, actors.rows, f);
        ngos.read(root, inputs);
        ChairSpec chair = chair(root, issues, actors);
        var events = EventsSection.read(root, calendar, id -> indexOf(issues, id), ngos.networks,
                ngos.ngos.stream().map(org.ministerial.model.NgoSpec::sector).collect(java.util.stream.Collectors.toSet()),
                ngos.ngos.stream().map(org.ministerial.model.NgoSpec::region).collect(java.util.stream.Collectors.toSet()), f);
        DecisionRule rule = rule(root);
        Parameters params = parameters(root);
        ParameterPosterior posterior = ParameterPosterior.read(root.get("parameter_uncertainty"), held, inputs, f);
        List<ReferenceCoalition> references = references(root, actors);
        PrecedentSection precedent = PrecedentSection.read(root, issues, inputs, problems);
        BilateralTrack bilateral = bilateral(root, actors);
        problems.throwIfAny();
        return NegotiationSpec.builder().name(name).issues(issues).actors(actors.actors).groups(groups)
                .networks(ngos.networks).ngos(ngos.ngos).chair(chair).calendar(calendar).events(events).rule(rule)
                .parameters(params).references(references)
                .context(new MeetingContext(precedent.spec, precedent.issues, bilateral))
                .inputs(ScenarioInputs.of(actors.inputUncertainty, posterior)).build();
    }

    /** The policy-space axes the scenario declares, or the default ones; after {@link #build}. */
    PolicySpaceAxes policySpace() {
        return policySpace;
    }

    private List<Issue> issues(Tree.Mapping root) {
        List<Issue> out = new ArrayList<>();
        if (root.get("issues") == null) problems.add(root.location(), "a scenario needs 'issues'");
        for (Tree t : f.sequence(root.get("issues"), "'issues'")) {
            Tree.Mapping m = f.mapping(t, "an issue");
            if (m == null) continue;
            String id = f.required(m, "id", "an issue");
            f.onlyKeys(m, "an issue", Set.of("id", "name", "group"));
            if (id == null) continue;
            if (!ID.matcher(id).matches())
                problems.add(m.get("id").location(), "issue id '" + id + "' must be lower case letters, digits and _");
            else if (indexOf(out, id) >= 0) problems.add(m.location(), "issue '" + id + "' appears twice");
            else out.add(new Issue(id, f.string(m, "name", id), f.string(m, "group", "")));
        }
        return out;
    }

    private static int indexOf(List<Issue> issues, String id) {
        for (int k = 0; k < issues.size(); k++) if (issues.get(k).id().equals(id)) return k;
        return -1;
    }

    private Calendar calendar(Tree.Mapping root) {
        Tree.Mapping m = f.mapping(root.get("calendar"), "'calendar'");
        if (m == null) {
            problems.add(root.location(), "a scenario needs a 'calendar'");
            return null;
        }
        LocalDate start = LocalDate.of(2000, 1, 1);
        f.onlyKeys(m, "'calendar'", Set.of("start", "days", "sessions_per_day"));
        String s = f.required(m, "start", "the calendar");
        try {
            if (s != null) start = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(m.get("start").location(), "start '" + s + "' is not a date (YYYY-MM-DD)");
        }
        return new Calendar(start, f.integer(m, "days", 1, 1, 366), f.integer(m, "sessions_per_day", 1, 1, 48));
    }

    private List<GroupSpec> groups(Tree.Mapping root, ActorsSection actors) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> ties = new java.util.HashSet<>();
        Map<String, Set<Integer>> members = new LinkedHashMap<>();
        for (Tree t : f.sequence(root.get("groups"), "'groups'")) {
            Tree.Mapping m = f.mapping(t, "a group");
            if (m == null) continue;
            String id = f.required(m, "id", "a group");
            f.onlyKeys(m, "the group " + id, Set.of("id", "name", "ties", "members"));
            if (id == null) continue;
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

    private ChairSpec chair(Tree.Mapping root, List<Issue> issues, ActorsSection actors) {
        Tree.Mapping m = f.mapping(root.get("chair"), "'chair'");
        boolean[] room = new boolean[actors.actors.size()];
        List<Integer> agenda = new ArrayList<>();
        double[] opening = null;
        List<Integer> offTable = new ArrayList<>();
        List<Integer> coChairs = new ArrayList<>();
        List<Double> coWeights = new ArrayList<>();
        String name = "chair";
        if (m != null) {
            f.onlyKeys(m, "'chair'", Set.of("name", "agenda", "green_room", "off_table", "co_chairs", "opening_text"));
            name = f.string(m, "name", name);
            for (String id : f.strings(m.get("agenda"), "'agenda'")) {
                int k = indexOf(issues, id);
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
                int k = indexOf(issues, id);
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
                double w = f.number(c, "weight", 1, 1e-9, 1e9);
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

    /**
     * {@code bilateral: {offerer: USA, except_when: {column: value}, except_groups: [G], access: TERMS}}: the value to
     * each partner of an agreement is the sum over the access terms of {@code W x clamp01(C / S)} from the countries
     * table, where {@code TERMS} is one term {@code {column: C, scale: S, weight: W}} or a mapping of named terms;
     * countries matching {@code except_when} or in the listed groups (existing free-trade partners) get no offer.
     */
    private BilateralTrack bilateral(Tree.Mapping root, ActorsSection actors) {
        if (root.get("bilateral") instanceof Tree.Scalar none && none.value().equals("none")) return null;
        Tree.Mapping m = f.mapping(root.get("bilateral"), "'bilateral'");
        if (m == null) return null;
        for (String key : m.entries().keySet())
            if (!Set.of("offerer", "except_when", "except_groups", "access").contains(key))
                problems.add(m.keyLocation(key), "unknown key '" + key + "' in 'bilateral'");
        String offerer = f.required(m, "offerer", "the bilateral track");
        Integer o = offerer == null ? null : actors.actorOf.get(offerer);
        if (offerer != null && o == null)
            problems.add(m.get("offerer").location(), "bilateral offerer '" + offerer + "' is not an actor");
        double[] value = new double[actors.actors.size()];
        Tree.Mapping access = f.mapping(m.get("access"), "'access'");
        if (access != null) {
            boolean single = access.get("column") != null;
            for (Map.Entry<String, Tree> term : (single ? Map.<String, Tree>of("access", access) : access.entries()).entrySet())
                addAccessTerm(f.mapping(term.getValue(), "access term '" + term.getKey() + "'"), actors, value);
        }
        if (o == null) return null;
        value[o] = 0;
        boolean[] offered = new boolean[value.length];
        java.util.Arrays.fill(offered, true);
        offered[o] = false;
        for (String g : f.strings(m.get("except_groups"), "'except_groups'")) {
            boolean known = false;
            for (CountryRow row : actors.rows.values())
                if (row.groups.contains(g)) {
                    known = true;
                    Integer a = actors.actorOf.get(row.code);
                    if (a != null) offered[a] = false;
                }
            if (!known) problems.add(m.get("except_groups").location(), "no country belongs to group '" + g + "'");
        }
        Tree.Mapping when = f.mapping(m.get("except_when"), "'except_when'");
        if (when != null)
            for (Map.Entry<String, Tree> e : when.entries().entrySet()) {
                String wanted = e.getValue() instanceof Tree.Scalar sc ? sc.value() : null;
                if (wanted == null) problems.add(e.getValue().location(), "'except_when' needs column: value pairs");
                boolean known = false, matched = false;
                for (CountryRow row : actors.rows.values()) {
                    if (!row.data.containsKey(e.getKey())) continue;
                    known = true;
                    Integer a = actors.actorOf.get(row.code);
                    if (!row.data.get(e.getKey()).trim().equals(wanted)) continue;
                    matched = true;
                    if (a != null) offered[a] = false;
                }
                if (known && !matched && wanted != null)
                    problems.add(e.getValue().location(), "'except_when': no country has " + e.getKey() + " = '"
                            + wanted + "'");
                if (!known) problems.add(when.keyLocation(e.getKey()), "'except_when' names column '" + e.getKey()
                        + "', which is not in the countries table");
            }
        return new BilateralTrack(o, value, offered);
    }

    /** Adds {@code W x clamp01(C / S)} to each country actor's access value; a country without a value adds 0. */
    private void addAccessTerm(Tree.Mapping term, ActorsSection actors, double[] value) {
        if (term == null) return;
        for (String key : term.entries().keySet())
            if (!Set.of("column", "scale", "weight").contains(key))
                problems.add(term.keyLocation(key), "unknown key '" + key + "' in an access term (column, scale, weight)");
        String column = f.required(term, "column", "an access term");
        double scale = f.number(term, "scale", 100, 1e-12, 1e12), weight = f.number(term, "weight", 0, 0, 10);
        if (column == null) return;
        boolean known = false;
        for (CountryRow row : actors.rows.values()) {
            if (row.data.containsKey(column)) known = true;
            Integer a = actors.actorOf.get(row.code);
            if (a == null || !actors.actors.get(a).members().isEmpty()) continue;
            Double v = Fields.parseNumber(row.data.getOrDefault(column, ""));
            if (v != null) value[a] += weight * Math.min(1, Math.max(0, v / scale));
        }
        if (!known) problems.add(term.get("column").location(), "access column '" + column
                + "' is not in the countries table");
    }

    /** {@code validation.reference_coalitions}: observed coalitions runs are compared with (never model input). */
    private List<ReferenceCoalition> references(Tree.Mapping root, ActorsSection actors) {
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
            int[] anchors = actorList(m, "anchors", actors), members = actorList(m, "members", actors);
            if (id != null && anchors.length > 0) out.add(new ReferenceCoalition(id, anchors, members));
            else if (id != null) problems.add(m.location(), "reference coalition " + id + " needs 'anchors'");
        }
        return out;
    }

    private int[] actorList(Tree.Mapping m, String key, ActorsSection actors) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String code : f.strings(m.get(key), "'" + key + "'")) {
            Integer a = actors.actorOf.get(code);
            if (a == null) problems.add(m.get(key).location(), key + " names unknown actor '" + code + "'");
            else out.add(a);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private DecisionRule rule(Tree.Mapping root) {
        Tree.Mapping m = f.mapping(root.get("decision_rule"), "'decision_rule'");
        f.onlyKeys(m, "'decision_rule'", Set.of("type", "threshold", "weighted"));
        String type = m == null ? "consensus" : f.string(m, "type", "consensus");
        return switch (type) {
            case "consensus" -> new ConsensusRule();
            case "flexible" -> new FlexibleRule();
            case "qualified_majority" -> new QualifiedMajorityRule(f.number(m, "threshold", 2.0 / 3, 1e-9, 1),
                    f.flag(m, "weighted", false));
            default -> {
                problems.add(m.get("type").location(), "unknown decision rule '" + type
                        + "' (consensus, qualified_majority, flexible)");
                yield new ConsensusRule();
            }
        };
    }

    /**
     * The {@code parameters} section alone, read and checked as {@link #build} reads it: for a tree that differs from
     * one already built only there.
     *
     * @throws ScenarioException listing the section's problems
     */
    Parameters parametersSection(Tree.Mapping root) throws ScenarioException {
        Parameters p = parameters(root);
        problems.throwIfAny();
        return p;
    }

    private Parameters parameters(Tree.Mapping root) {
        Tree.Mapping m = f.mapping(root.get("parameters"), "'parameters'");
        Map<String, Double> values = new LinkedHashMap<>();
        if (m != null)
            for (Map.Entry<String, Tree> e : m.entries().entrySet()) {
                Parameter d = Parameters.definition(e.getKey());
                Tree.Location at = e.getValue().location();
                if (d == null) {
                    problems.add(m.keyLocation(e.getKey()), "unknown parameter '" + e.getKey() + "'");
                    continue;
                }
                if (d.flag()) {
                    Boolean b = e.getValue() instanceof Tree.Scalar s ? Fields.parseFlag(s.value()) : null;
                    if (b == null) problems.add(at, "parameter '" + e.getKey() + "' must be true or false");
                    else values.put(e.getKey(), b ? 1.0 : 0.0);
                } else {
                    values.put(e.getKey(), f.number(e.getValue(), "parameter '" + e.getKey() + "'", d.defaultValue(),
                            d.min(), d.max()));
                }
            }
        return Parameters.of(values);
    }
}
