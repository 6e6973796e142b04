package org.ministerial.scenario;

import org.ministerial.files.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems while a scenario is read, so that one validation reports all of them, not the first only.
 */
final class Problems {
    private final List<Problem> list = new ArrayList<>();

    void add(Tree.Location at, String message) {
        list.add(at.problem(message));
    }

    void add(Problem p) {
        list.add(p);
    }

    void addAll(List<Problem> ps) {
        list.addAll(ps);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    /** Whether a problem was reported on that line already (a later reader then need not repeat its consequence). */
    boolean reportedAt(Tree.Location at) {
        for (Problem p : list) if (p.line() == at.line() && p.file().equals(at.file())) return true;
        return false;
    }

    /** The problems, each once, by file and line. */
    List<Problem> sorted() {
        return list.stream().distinct().sorted().toList();
    }

    void throwIfAny() throws ScenarioException {
        if (!list.isEmpty()) throw new ScenarioException(sorted());
    }
}
