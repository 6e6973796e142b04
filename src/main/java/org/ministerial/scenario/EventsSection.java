package org.ministerial.scenario;

import org.ministerial.model.Calendar;
import org.ministerial.model.NgoActivity;
import org.ministerial.model.NgoFilter;
import org.ministerial.model.TimedEvent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Reads {@code events:}: each has a {@code day} and {@code session} (1-based) on the calendar, a {@code type} and a
 * {@code label}. Types: {@code mobilisation_shock} (size, filter), {@code revised_text}, {@code drop_issue} (issue),
 * {@code network_split} (network, loss).
 */
final class EventsSection {
    private EventsSection() {
    }

    private static final Set<String> EVENT_KEYS = Set.of("day", "session", "type", "label", "size", "filter", "issue",
            "network", "loss");

    /**
     * @param sectors the sectors of the scenario's organisations, which a filter may name
     * @param regions their regions, likewise
     */
    static List<TimedEvent> read(Tree.Mapping root, Calendar cal, ToIntFunction<String> issueIndex,
                                 List<String> networks, Set<String> sectors, Set<String> regions, Fields f) {
        List<TimedEvent> out = new ArrayList<>();
        for (Tree t : f.sequence(root.get("events"), "'events'")) {
            Tree.Mapping e = f.mapping(t, "an event");
            if (e == null) continue;
            f.onlyKeys(e, "an event", EVENT_KEYS);
            // without a calendar (missing or refused) an event's day and session are checked against the limits only
            int day = f.integer(e, "day", 1, 1, cal == null ? CalendarSection.MAX_DAYS : cal.days());
            int sessionOfDay = f.integer(e, "session", 1, 1, cal == null ? CalendarSection.MAX_SESSIONS
                    : cal.sessionsPerDay());
            int round = cal == null ? 0 : cal.roundOf(day, sessionOfDay);
            String type = f.required(e, "type", "an event");
            String label = f.string(e, "label", type);
            if (type == null) continue;
            switch (type) {
                case "mobilisation_shock" -> out.add(new TimedEvent.MobilisationShock(round, label,
                        f.number(e, "size", 0.2, 0, 1), filter(f.mapping(e.get("filter"), "'filter'"), networks, sectors, regions, f)));
                case "revised_text" -> out.add(new TimedEvent.RevisedText(round, label));
                case "drop_issue" -> {
                    String issue = f.required(e, "issue", "a drop_issue event");
                    int k = issue == null ? -1 : issueIndex.applyAsInt(issue);
                    if (issue != null && k < 0) f.problems().add(e.get("issue").location(), "unknown issue '" + issue + "'");
                    if (k >= 0) out.add(new TimedEvent.DropIssue(round, label, k));
                }
                case "network_split" -> {
                    String net = f.required(e, "network", "a network_split event");
                    int n = net == null ? -1 : networks.indexOf(net);
                    if (net != null && n < 0) f.problems().add(e.get("network").location(), "unknown network '" + net + "'");
                    double loss = f.number(e, "loss", 0.3, 0, 1);
                    if (n >= 0) out.add(new TimedEvent.NetworkSplit(round, label, n, loss));
                }
                default -> f.problems().add(e.get("type").location(), "unknown event type '" + type
                        + "' (mobilisation_shock, revised_text, drop_issue, network_split)");
            }
        }
        return out;
    }

    private static NgoFilter filter(Tree.Mapping m, List<String> networks, Set<String> sectors, Set<String> regions,
                                    Fields f) {
        if (m == null) return NgoFilter.ALL;
        f.onlyKeys(m, "an event's 'filter'", Set.of("activity", "networks", "sectors", "regions"));
        known(m, "sectors", sectors, "sector", f);
        known(m, "regions", regions, "region", f);
        String written = f.string(m, "activity", null);
        NgoActivity activity = written == null ? null : NgoActivity.parse(written);
        if (written != null && (activity == null || activity == NgoActivity.BOTH))
            f.problems().add(m.get("activity").location(), "filter activity must be inside or outside");
        Set<Integer> nets = new HashSet<>();
        for (String n : f.strings(m.get("networks"), "'networks'")) {
            int at = networks.indexOf(n);
            if (at < 0) f.problems().add(m.get("networks").location(), "unknown network '" + n + "'");
            else nets.add(at);
        }
        return new NgoFilter(new HashSet<>(f.strings(m.get("sectors"), "'sectors'")),
                new HashSet<>(f.strings(m.get("regions"), "'regions'")), activity, nets);
    }

    /** A filter that names a sector or region no organisation has would silently select nobody. */
    private static void known(Tree.Mapping m, String key, Set<String> known, String what, Fields f) {
        for (String v : f.strings(m.get(key), "'" + key + "'"))
            if (!known.contains(v))
                f.problems().add(m.get(key).location(), "no organisation of the scenario has the " + what + " '" + v
                        + "'" + Spelling.didYouMean(v, known));
    }
}
