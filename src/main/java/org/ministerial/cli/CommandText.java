package org.ministerial.cli;

import java.util.List;

/**
 * A command as a user would type it again, for the hints the commands print (how to resume, how to run what was
 * written, where the help is): the launcher of a source checkout, as the README names it, then the words, each quoted
 * for the shell where it needs it.
 */
final class CommandText {
    /** The launcher every hint names. */
    static final String LAUNCHER = "bin/ministerial";

    private CommandText() {
    }

    /** {@code bin/ministerial} followed by {@code words}. */
    static String of(List<String> words) {
        StringBuilder command = new StringBuilder(LAUNCHER);
        for (String w : words) command.append(' ').append(word(w));
        return command.toString();
    }

    /** One word, quoted for the shell unless it holds only characters a shell leaves alone. */
    static String word(String w) {
        return w.matches("[A-Za-z0-9_./:=,@%+-]+") ? w : SlurmScripts.quote(w);
    }
}
