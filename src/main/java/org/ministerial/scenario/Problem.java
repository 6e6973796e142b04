package org.ministerial.scenario;

/**
 * One thing wrong with an input file, located as precisely as the format allows.
 *
 * @param file    the file, as the user named it or as it was reached from the scenario
 * @param line    1-based line, or 0 when the problem is not tied to a line
 * @param message what is wrong, in words a scenario author understands
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {
    @Override
    public String toString() {
        // a --set value is one line typed on the command line: a line number would only puzzle
        boolean typed = file.startsWith(Overrides.SOURCE + " ");
        return line > 0 && !typed ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
