package org.ministerial.bench;

import org.ministerial.files.CsvReader;
import org.ministerial.model.ActorSpec;
import org.ministerial.model.GroupSpec;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.ReferenceCoalition;
import org.ministerial.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The numbers the prose of docs/validation.md takes from the batches of {@code bin/make-validation} rather than from
 * their study tables: how and along which groups the Group of 21 forms, when and how the baseline ends, who rejects
 * more or less often when a mechanism is switched off, and Miami split by its precedent's outcome. Written as
 * Markdown, so that every such number has a command and a committed file behind it.
 *
 * <pre>
 * bin/make-validation    # then, as it does at its end:
 * java -cp target/benchmarks.jar org.ministerial.bench.ValidationNumbers results/validation > results/validation/numbers.md
 * </pre>
 */
public final class ValidationNumbers {
    private static final List<String> TRIO = List.of("BRA", "IND", "CHN");
    private final PrintStream out;

    private ValidationNumbers(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ValidationNumbers RESULTS_VALIDATION_FOLDER");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        ValidationNumbers n = new ValidationNumbers(System.out);
        n.out.println("# Numbers behind the prose of docs/validation.md\n");
        n.out.println("Made by `java -cp target/benchmarks.jar org.ministerial.bench.ValidationNumbers " + root
                + "` from the batches `bin/make-validation` writes (their folders are not committed; this file is).\n");
        Path baseline = root.resolve("cancun-counterfactuals/cancun-2003");
        NegotiationSpec cancun = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of()).spec();
        int actors = cancun.actors().size();
        n.ending("Cancún baseline", baseline, actors);
        n.groupOf21(baseline, cancun);
        n.ending("Cancún, inputs as written", root.resolve("cancun-checks/cancun-inputs-as-written"), actors);
        n.ending("Cancún, judged events removed", root.resolve("cancun-checks/cancun-no-events"), actors);
        n.shifts("Without NGO pressure (baseline)", baseline, root.resolve("cancun-counterfactuals/cancun-no-ngo-pressure"));
        n.shifts("Singapore dropped, without coalitions", root.resolve("cancun-singapore-mechanisms/cancun-singapore-dropped"),
                root.resolve("cancun-singapore-mechanisms/cancun-singapore-dropped-no-coalitions"));
        n.shifts("Singapore dropped, without NGO pressure", root.resolve("cancun-singapore-mechanisms/cancun-singapore-dropped"),
                root.resolve("cancun-singapore-mechanisms/cancun-singapore-dropped-no-ngo-pressure"));
        n.shifts("Qualified majority, without NGO pressure", root.resolve("cancun-majority-mechanisms/cancun-qualified-majority"),
                root.resolve("cancun-majority-mechanisms/cancun-qualified-majority-no-ngo-pressure"));
        n.precedentSplit("Miami baseline", root.resolve("miami-counterfactuals/ftaa-miami-2003"));
        n.precedentSplit("Miami after a Cancún deal", root.resolve("miami-counterfactuals/miami-after-cancun-deal"));
    }

    private static List<Map<String, String>> rows(Path folder, String table) throws IOException {
        Path file = folder.resolve(table);
        if (!Files.exists(file)) throw new IOException(file + ": missing; run bin/make-validation first");
        return CsvReader.readCells(file);
    }

    private static String pct(long count, long of) {
        return of == 0 ? "-" : String.format("%.1f%%", 100.0 * count / of);
    }

    /** End days, the chair's closing, walk-outs, rejecters and hinge issues of a batch. */
    private void ending(String title, Path folder, int actors) throws IOException {
        List<Map<String, String>> runs = rows(folder, "runs.csv");
        Map<String, Integer> days = new TreeMap<>(), hinges = new TreeMap<>();
        long closed = 0, walkouts = 0, rejecters = 0;
        for (Map<String, String> r : runs) {
            days.merge(r.get("end_day"), 1, Integer::sum);
            if (r.get("closed_by_chair").equals("1")) closed++;
            if (!r.get("walkouts").equals("0")) walkouts++;
            rejecters += actors - Integer.parseInt(r.get("accepting"));
            hinges.merge(r.get("hinge_issue").isEmpty() ? "(none)" : r.get("hinge_issue"), 1, Integer::sum);
        }
        int n = runs.size();
        out.println("## " + title + " (`" + folder + "`)\n");
        StringBuilder d = new StringBuilder();
        days.forEach((day, c) -> d.append(d.length() == 0 ? "" : ", ").append("day ").append(day).append(": ")
                .append(c).append(" (").append(pct(c, n)).append(")"));
        out.println("- " + n + " runs; the meeting ends on " + d);
        out.println("- closed by the chair: " + closed + " (" + pct(closed, n) + "); runs with a walk-out: " + walkouts);
        out.printf("- rejecters of the final text, mean over runs: %.1f of %d%n", (double) rejecters / n, actors);
        StringBuilder h = new StringBuilder();
        hinges.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(5).forEach(e ->
                h.append(h.length() == 0 ? "" : ", ").append(e.getKey()).append(" ").append(pct(e.getValue(), n)));
        out.println("- hinge issue, share of all runs: " + h + "\n");
    }

    /** How the coalition holding Brazil, India and China forms and whom it holds. */
    private void groupOf21(Path folder, NegotiationSpec spec) {
        Map<String, String> status = new HashMap<>();
        for (ActorSpec a : spec.actors()) status.put(a.code(), a.developmentStatus());
        Set<String> seedList = new HashSet<>();
        for (ReferenceCoalition r : spec.references())
            if (r.id().equals("G21")) for (int i : r.members()) seedList.add(spec.actors().get(i).code());
        Set<String> inTie = new HashSet<>();
        for (GroupSpec g : spec.groups())
            if (g.ties()) for (int i : g.members()) inTie.add(spec.actors().get(i).code());
        Map<String, Map<String, Integer>> joined = new LinkedHashMap<>();
        Map<String, String> leader = new HashMap<>();
        List<Map<String, String>> coalitions;
        try {
            coalitions = rows(folder, "coalitions.csv.gz");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Map<String, String> r : coalitions) {
            String key = r.get("run") + "/" + r.get("coalition");
            joined.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(r.get("member"),
                    Integer.parseInt(r.get("joined_round")));
            leader.put(key, r.get("leader"));
        }
        int found = 0, trioAtOpening = 0, members = 0, membersAtOpening = 0, onList = 0, tied = 0, withDeveloped = 0;
        Map<String, Integer> developed = new TreeMap<>(), leaders = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : joined.entrySet()) {
            Map<String, Integer> c = e.getValue();
            if (!c.keySet().containsAll(TRIO)) continue;
            found++;
            if (TRIO.stream().allMatch(t -> c.get(t) == 0)) trioAtOpening++;
            leaders.merge(leader.get(e.getKey()), 1, Integer::sum);
            boolean anyDeveloped = false;
            for (Map.Entry<String, Integer> m : c.entrySet()) {
                members++;
                if (m.getValue() == 0) membersAtOpening++;
                if (seedList.contains(m.getKey())) onList++;
                if (inTie.contains(m.getKey())) tied++;
                if ("developed".equals(status.get(m.getKey()))) {
                    anyDeveloped = true;
                    developed.merge(m.getKey(), 1, Integer::sum);
                }
            }
            if (anyDeveloped) withDeveloped++;
        }
        out.println("## The Group of 21 in the Cancún baseline (`" + folder + "`)\n");
        out.println("- runs whose coalitions include one holding Brazil, India and China: " + found);
        out.println("- the three together from the first session (round 0): " + trioAtOpening + " of " + found);
        out.println("- its members who joined in round 0: " + pct(membersAtOpening, members));
        out.printf("- members, mean: %.1f, of them on the seed's list: %.1f; in a group marked as a tie: %s%n",
                (double) members / found, (double) onList / found, pct(tied, members));
        out.println("- with a developed member: " + withDeveloped + " (" + developed + ")");
        out.println("- led by: " + leaders + "\n");
    }

    /** Per government, how much more often it rejects in {@code variant} than in {@code base}, the largest shifts. */
    private void shifts(String title, Path base, Path variant) throws IOException {
        Map<String, Double> a = rejectionShares(base), b = rejectionShares(variant);
        Set<String> all = new HashSet<>(a.keySet());
        all.addAll(b.keySet());
        List<Map.Entry<String, Double>> d = new ArrayList<>();
        for (String c : all) d.add(Map.entry(c, b.getOrDefault(c, 0.0) - a.getOrDefault(c, 0.0)));
        d.sort(Map.Entry.comparingByValue());
        out.println("## " + title + ": rejections (`" + variant + "` against `" + base + "`)\n");
        out.println("- rejecting more often: " + format(d.subList(Math.max(0, d.size() - 10), d.size()), true));
        out.println("- rejecting less often: " + format(d.subList(0, Math.min(10, d.size())), false) + "\n");
    }

    private static String format(List<Map.Entry<String, Double>> entries, boolean reverse) {
        List<Map.Entry<String, Double>> list = new ArrayList<>(entries);
        if (reverse) java.util.Collections.reverse(list);
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Double> e : list)
            s.append(s.length() == 0 ? "" : ", ").append(e.getKey()).append(String.format(" %+.0f pts", 100 * e.getValue()));
        return s.toString();
    }

    /** Each government's share of runs in which it rejected the final text (rejections.csv.gz). */
    private static Map<String, Double> rejectionShares(Path folder) throws IOException {
        int n = rows(folder, "runs.csv").size();
        Map<String, Double> shares = new HashMap<>();
        for (Map<String, String> r : rows(folder, "rejections.csv.gz")) shares.merge(r.get("actor"), 1.0 / n, Double::sum);
        return shares;
    }

    /** Outcomes split by whether the precedent agreed, with the input draws the split's runs come from. */
    private void precedentSplit(String title, Path folder) throws IOException {
        Map<String, Map<String, Integer>> split = new TreeMap<>();
        Map<String, Set<String>> draws = new TreeMap<>();
        for (Map<String, String> r : rows(folder, "runs.csv")) {
            String p = r.get("precedent_agreement").equals("1") ? "precedent agreed" : "precedent broke down";
            split.computeIfAbsent(p, k -> new TreeMap<>()).merge(r.get("outcome"), 1, Integer::sum);
            draws.computeIfAbsent(p, k -> new HashSet<>()).add(r.get("input_draw"));
        }
        out.println("## " + title + ", by the precedent's outcome (`" + folder + "`)\n");
        split.forEach((p, outcomes) -> {
            int n = outcomes.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder s = new StringBuilder();
            outcomes.forEach((o, c) -> s.append(s.length() == 0 ? "" : ", ").append(o).append(" ").append(c)
                    .append(" (").append(pct(c, n)).append(")"));
            out.println("- " + p + ": " + n + " runs from " + draws.get(p).size() + " input draws; " + s);
        });
        out.println();
    }
}
