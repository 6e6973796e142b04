package org.ministerial.plot;

import org.ministerial.batch.FigureSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code figures.md}: every figure with its one-line caption, its files, its printed and pixel size, and the
 * exact command that made it, so that a figure found in a folder months later can be traced and remade. The file
 * holds no dates, so the same inputs give the same index.
 */
final class FiguresIndex {
    private FiguresIndex() {
    }

    static void write(Path file, List<Figure> figures, List<String> notes, List<String> inputs,
                      List<FigureFormat> formats, String command) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Figures\n\n");
        md.append("Made by\n\n    ").append(command).append("\n\nfrom\n\n");
        for (String in : inputs) md.append("- ").append(in).append('\n');
        md.append("\nEach figure is ").append(inches(JournalStyle.COLUMN_WIDTH))
                .append(" in wide, one journal column; PNG files are ").append(JournalStyle.DPI)
                .append(" dpi. Beside each figure, a CSV file of the same name holds exactly the numbers it draws. "
                        + "Methods: docs/figures.md in the Ministerial repository.\n");
        for (Figure f : figures) {
            md.append("\n## ").append(f.name()).append("\n\n");
            FigureFormat shown = formats.contains(FigureFormat.PNG) ? FigureFormat.PNG
                    : formats.contains(FigureFormat.SVG) ? FigureFormat.SVG : null;
            if (shown != null)
                md.append("![").append(f.name()).append("](").append(f.name()).append('.')
                        .append(shown.extension()).append(")\n\n");
            md.append(f.caption()).append("\n\n");
            md.append(FigureSchema.INDEX_FILES_ITEM);
            for (FigureFormat fmt : formats) md.append(" `").append(f.name()).append('.').append(fmt.extension())
                    .append('`');
            md.append("; data: `").append(FigureSchema.dataFile(f.name())).append("`\n");
            md.append("- size: ").append(inches(f.widthPt())).append(" x ").append(inches(f.heightPt()))
                    .append(" in (").append(FigureWriter.pixels(f.widthPt())).append(" x ")
                    .append(FigureWriter.pixels(f.heightPt())).append(" px at ").append(JournalStyle.DPI)
                    .append(" dpi)\n");
            md.append("- command: `").append(command).append("`\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n## Not drawn\n\n");
            for (String n : notes) md.append("- ").append(n).append('\n');
        }
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    private static String inches(double points) {
        return String.format(Locale.ROOT, "%.2f", points / 72).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
