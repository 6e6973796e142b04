package org.ministerial.cli;

import org.ministerial.batch.AnalysisSchema;
import org.ministerial.study.StudyRow;
import org.ministerial.study.StudyTable;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes a study's table files (atomically) and prints the Markdown table. */
final class StudyOutput {
    private StudyOutput() {
    }

    /**
     * The progress display of a study's batches, named after each: a stopped study says how to resume (the same
     * command, which skips finished batches and resumes the one it stopped in), and a folder below it left unfinished
     * names that command too.
     */
    static java.util.function.Function<String, org.ministerial.batch.Execution.ProgressFactory> progress(
            ResumeHint hint, Path study, PrintWriter err) {
        return name -> (done, total) -> {
            Path folder = study.resolve(name);
            org.ministerial.batch.Execution.noteCommand(folder, hint.command());
            if (done > 0) err.printf("resuming %s: %d of %d runs already written%n", folder, done, total);
            return hint.follow(org.ministerial.batch.ProgressReporter.forTask(name, done, total, err), total, folder);
        };
    }

    static void write(List<StudyRow> rows, Path folder, String command, PrintWriter out) throws IOException {
        write(rows, folder, command, null, out);
    }

    /** @param note a sentence on how the batches were made (what every batch holds), or null */
    static void write(List<StudyRow> rows, Path folder, String command, String note, PrintWriter out) throws IOException {
        StudyTable table = new StudyTable(rows);
        String effects = table.effectsMarkdown();
        String md = madeBy(command) + "\n\n" + (note == null ? "" : "In every batch: " + note + ".\n\n")
                + table.markdown() + (effects.isEmpty() ? "" : "\n" + effects);
        atomically(folder.resolve(AnalysisSchema.Study.CSV_FILE), table.csv());
        atomically(folder.resolve(AnalysisSchema.Study.MARKDOWN_FILE), md);
        // the note of the command that resumes a stopped study is no longer needed
        Files.deleteIfExists(folder.resolve(org.ministerial.batch.WorkingFiles.Progress.COMMAND_FILE));
        out.print(table.markdown());
        if (!effects.isEmpty()) out.print("\n" + effects);
        out.println("study: " + folder);
        out.flush();
    }

    /** The first line of a study's {@code study.md}: the command that made it. */
    static String madeBy(String command) {
        return "Made by: `" + command + "`";
    }

    private static void atomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
