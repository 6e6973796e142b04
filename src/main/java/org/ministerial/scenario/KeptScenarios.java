package org.ministerial.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenarios loaded by earlier commands of a long-lived JVM (the daemon that serves the commands typed in one folder),
 * kept while every file they were read from is unchanged, byte for byte. Loading Cancún takes about 10 ms of the
 * command's own time, and the JIT compiler's work on the loading code, which runs once a command, about 50 ms a
 * command for the first twenty commands of a daemon (docs/performance.md, "Once-a-command code in the daemon").
 *
 * <p>A scenario is only kept once a load has been seen to be stable: its files had the same contents just before and
 * just after it was read, so that the kept scenario is the one those contents give (a file saved during a load is
 * not mistaken for the file the load read). A command therefore reuses a scenario from the third load of the same
 * file with the same {@code --set} overrides on, and loads it afresh after any of its files changes. Off unless
 * {@link #keepBetweenCommands()} was called: a JVM of its own loads every scenario.
 */
public final class KeptScenarios {
    /** Scenarios kept at most: a comparison of several counterfactuals loads one each. */
    private static final int MOST = 8;
    private static final Map<Key, Entry> KEPT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MOST;
        }
    };
    private static volatile boolean keeping;

    private KeptScenarios() {
    }

    /** Keeps scenarios between the commands of this JVM from now on. */
    public static void keepBetweenCommands() {
        keeping = true;
    }

    /**
     * The scenario {@link ScenarioLoader#load} gives for {@code file} and {@code overrides}: a kept one when this JVM
     * keeps scenarios and every file it was read from is as it was, else a fresh load.
     */
    static Scenario load(Path file, Map<String, String> overrides) throws ScenarioException {
        if (!keeping) return ScenarioLoader.fresh(file, overrides);
        Key key = new Key(file, overrides.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        synchronized (KEPT) {
            Entry seen = KEPT.get(key);
            List<byte[]> before = seen == null ? null : contents(seen.inputs);
            if (seen != null && seen.scenario != null && same(before, seen.contents)) return seen.scenario;
            Scenario loaded = ScenarioLoader.fresh(file, overrides);
            List<byte[]> after = contents(loaded.inputs());
            boolean stable = seen != null && seen.inputs.equals(loaded.inputs()) && same(before, after);
            if (after == null) KEPT.remove(key);
            else KEPT.put(key, new Entry(loaded.inputs(), after, stable ? loaded : null));
            return loaded;
        }
    }

    /** Stops keeping scenarios and forgets those kept (tests). */
    static void stopKeeping() {
        keeping = false;
        synchronized (KEPT) {
            KEPT.clear();
        }
    }

    /** The contents of {@code files}, or null when one cannot be read. */
    private static List<byte[]> contents(List<Path> files) {
        List<byte[]> contents = new ArrayList<>(files.size());
        try {
            for (Path f : files) contents.add(Files.readAllBytes(f));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return contents;
    }

    private static boolean same(List<byte[]> a, List<byte[]> b) {
        if (a == null || b == null || a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!Arrays.equals(a.get(i), b.get(i))) return false;
        return true;
    }

    /** A load's request: the file as named (relative paths name it from the JVM's folder) and the overrides in order. */
    private record Key(Path file, List<Map.Entry<String, String>> overrides) {
    }

    /**
     * What a load read: its files, their contents afterwards, and the scenario once a load was seen to be stable
     * (null before).
     */
    private record Entry(List<Path> inputs, List<byte[]> contents, Scenario scenario) {
    }
}
