package org.ministerial.importer;

import org.ministerial.files.Problem;
import org.ministerial.scenario.ScenarioException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading helpers shared by the formats: lines of a UTF-8 file, cells of a line, numbers refused by file and line. */
final class Lines {
    private Lines() {
    }

    /** The file's lines (a byte-order mark dropped); a file that is not UTF-8 is refused by name. */
    static List<String> read(Path file) throws IOException, ScenarioException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(new Problem(file.toString(), 1, "not UTF-8 text (save the table as UTF-8 CSV)"));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    /**
     * The cells of one line split on {@code separator}, trimmed; a cell in double quotes (or in single quotes when
     * {@code singleQuotes}) may hold the separator, and a doubled quote inside it stands for one.
     */
    static List<String> cells(String line, char separator, boolean singleQuotes) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0, n = line.length();
        while (true) {
            while (i < n && line.charAt(i) == ' ' && separator != ' ') i++;
            char q = i < n ? line.charAt(i) : 0;
            if (q == '"' || (singleQuotes && q == '\'')) {
                i++;
                while (i < n) {
                    char c = line.charAt(i++);
                    if (c == q) {
                        if (i < n && line.charAt(i) == q) {
                            cell.append(q);
                            i++;
                        } else break;
                    } else cell.append(c);
                }
                while (i < n && line.charAt(i) != separator) cell.append(line.charAt(i++));
            } else {
                while (i < n && line.charAt(i) != separator) cell.append(line.charAt(i++));
            }
            out.add(cell.toString().trim());
            cell.setLength(0);
            if (i >= n) break;
            i++; // the separator
        }
        return out;
    }

    /** The line's cells without empty ones at the end (KTAB ends every line with a comma). */
    static List<String> trimEnd(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) end--;
        return new ArrayList<>(cells.subList(0, end));
    }

    /** A finite number written with a dot, or a problem naming the cell. */
    static double number(String cell, String what, Path file, int line) throws ScenarioException {
        if (cell.isBlank())
            throw new ScenarioException(new Problem(file.toString(), line, what + " is empty: write a number there"));
        try {
            double v = Double.parseDouble(cell.trim());
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ScenarioException(new Problem(file.toString(), line, what + " '" + cell
                + "' is not a number" + (cell.contains(",") ? " (write decimals with a dot)" : "")));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Lower-case letters, digits and _, starting with a letter: an issue id the scenario format accepts. */
    static String slug(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) return "";
        return Character.isLetter(s.charAt(0)) ? s : "issue_" + s;
    }
}
