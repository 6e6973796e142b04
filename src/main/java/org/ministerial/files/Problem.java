package org.ministerial.files;

/**
 * One thing wrong with an input file (a scenario, an experiment, a table), located as precisely as the format allows.
 *
 * @param file    the file, as the user named it or as it was reached from the file that refers to it
 * @param line    1-based line, or 0 when the problem is not tied to a line
 * @param message what is wrong, in words the file's author understands
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {
    /** The source of a value typed on the command line after an option, such as {@code --set key}. */
    public static boolean typed(String file) {
        return file.startsWith("--");
    }

    @Override
    public String toString() {
        // a value typed after an option (--set) is one line on the command line: a line number would only puzzle
        return line > 0 && !typed(file) ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
