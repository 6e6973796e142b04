package org.ministerial.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The figures {@code plot} wrote beside a results folder's tables ({@link FigureSchema#FOLDER}), removed when the
 * results they draw are replaced: left there, they would show another batch's numbers beside the new tables. Only
 * what the program wrote goes: the files its index ({@link FigureSchema#INDEX_FILE}) lists, the index, and the
 * folder when nothing else is left in it. A file the index does not name (a user's note, an edited copy) is kept.
 */
public final class PlottedFigures {
    private PlottedFigures() {
    }

    /** Removes the figures plotted into {@code resultsFolder}; nothing when it has no figures index. */
    public static void remove(Path resultsFolder) throws IOException {
        Path figures = resultsFolder.resolve(FigureSchema.FOLDER);
        Path index = figures.resolve(FigureSchema.INDEX_FILE);
        if (!Files.isRegularFile(index)) return;
        for (String name : listed(Files.readAllLines(index, StandardCharsets.UTF_8))) {
            Path file = figures.resolve(name).normalize();
            // a name that leaves the folder or names a folder is none the program writes: never followed
            if (file.getParent() == null || !file.getParent().equals(figures.normalize())) continue;
            if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files.delete(file);
        }
        Files.delete(index);
        try {
            Files.delete(figures);
        } catch (DirectoryNotEmptyException e) {
            // the user's own files stay, and with them the folder
        }
    }

    /** The file names the index lists, each once, in order: the backquoted names of its files lines. */
    static List<String> listed(List<String> indexLines) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : indexLines) {
            if (!line.startsWith(FigureSchema.INDEX_FILES_ITEM)) continue;
            String[] parts = line.split("`", -1);
            // the quoted names are the odd parts: text `name` text `name` ...
            for (int i = 1; i < parts.length - 1; i += 2) if (!parts[i].isBlank()) names.add(parts[i]);
        }
        return new ArrayList<>(names);
    }
}
