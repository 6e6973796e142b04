package org.ministerial.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * An actor table as a researcher keeps it, read from any of the supported formats and not yet rescaled: each actor's
 * power, and its position and salience per issue on the file's own scales ({@code NaN} where the file gives none).
 */
final class ActorTable {
    /** One issue (dimension). {@code lower} and {@code upper} are the source's position scale when the file declares
     * it (a Decide file's {@code #M} lines), else {@code NaN}; {@code meanings} are the file's words for positions. */
    static final class Issue {
        final String key;
        final String label;
        double lower = Double.NaN, upper = Double.NaN;
        final List<String> meanings = new ArrayList<>();
        String lowerMeaning = "", upperMeaning = "";

        Issue(String key, String label) {
            this.key = key;
            this.label = label;
        }
    }

    /** One actor: its key (code or short name) and display name as the file writes them, the line it was read from. */
    static final class Actor {
        final String key;
        final String name;
        final int line;
        double power = Double.NaN;
        final double[] position;
        final double[] salience;
        /** Per issue, the line its position and salience were read from (a Decide #D line), else the actor's. */
        final int[] lines;

        Actor(String key, String name, int line, int issues) {
            this.key = key;
            this.name = name;
            this.line = line;
            position = new double[issues];
            salience = new double[issues];
            lines = new int[issues];
            java.util.Arrays.fill(lines, line);
            java.util.Arrays.fill(position, Double.NaN);
            java.util.Arrays.fill(salience, Double.NaN);
        }
    }

    final String file;
    final String format;
    String title = "";
    String description = "";
    final List<Issue> issues = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();
    /** Remarks about the reading itself (power that varies by issue, missing cells), reported and written as comments. */
    final List<String> notes = new ArrayList<>();

    ActorTable(String file, String format) {
        this.file = file;
        this.format = format;
    }
}
