package org.ministerial.cli;

import org.ministerial.importer.Importer;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.scenario.CalendarSection;
import org.ministerial.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code ministerial import}: turns an actor table (KTAB CSV, a Decide exchange-model file, a plain
 * Actor/Capability/Position/Salience CSV) into a scenario, checks that the scenario loads, and says what it did.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turn an actor table (KTAB CSV, Decide #A/#P/#M/#D file, or a CSV with Actor, Capability, "
                + "Position, Salience) into a scenario file that validates and runs.")
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the actor table")
    Path file;

    @Option(names = "--format", paramLabel = "ktab|decide|table",
            description = "the table's format (default: guessed: #-records are Decide, a second line "
                    + "'Actor,Description,...' is KTAB, anything else a plain table)")
    String format;

    @Option(names = "--scale", paramLabel = "MAX|MIN:MAX", defaultValue = "100",
            description = "the positions' scale, rescaled to [0,1] (default: 0 to ${DEFAULT-VALUE}); a Decide issue "
                    + "with #M lines uses their lowest and highest positions")
    String scale;

    @Option(names = "--salience-scale", paramLabel = "MAX",
            description = "what full salience is written as (default: 1 for Decide, the scale's MAX otherwise)")
    Double salienceScale;

    @Option(names = "--reverse", paramLabel = "ISSUE", split = ",",
            description = "turn an issue round: 1 becomes the source scale's lower end (repeatable)")
    List<String> reverse = new ArrayList<>();

    @Option(names = "--fold-salience",
            description = "one issue only: capability = power x salience, as in expected-utility models")
    boolean foldSalience;

    @Option(names = "--codes", paramLabel = "FILE",
            description = "CSV of 'name,code' lines mapping actor names to ISO 3166-1 alpha-3 codes")
    Path codes;

    @Option(names = "--drop-unmapped", description = "leave out actors that map to no country code")
    boolean dropUnmapped;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", defaultValue = "2000-01-01",
            description = "the calendar's first day (default: ${DEFAULT-VALUE})")
    String start;

    @Option(names = "--days", paramLabel = "D", defaultValue = "3", description = "meeting days (default: ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--sessions-per-day", paramLabel = "S", defaultValue = "3",
            description = "sessions a day (default: ${DEFAULT-VALUE})")
    int sessionsPerDay;

    @Option(names = "--out", paramLabel = "SCENARIO.yaml",
            description = "where to write the scenario (default: standard output, the account on standard error)")
    Path out;

    @Option(names = "--force", description = "replace the --out file if it exists (a scenario edited by hand since the"
            + " last import would be lost)")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Importer.Format f = null;
        if (format != null) {
            try {
                f = Importer.Format.valueOf(format.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--format must be ktab, decide or table, not '" + format + "'");
            }
        }
        double[] range = range(scale);
        if (days < 1 || days > CalendarSection.MAX_DAYS || sessionsPerDay < 1 || sessionsPerDay > CalendarSection.MAX_SESSIONS)
            throw new ParameterException(spec.commandLine(), "--days must be 1 to " + CalendarSection.MAX_DAYS
                    + " and --sessions-per-day 1 to " + CalendarSection.MAX_SESSIONS + ", as a scenario's calendar");
        try {
            java.time.LocalDate.parse(start);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--start must be a date YYYY-MM-DD, not '" + start + "'");
        }
        if (out != null && Files.exists(out) && Files.exists(file) && Files.isSameFile(out, file))
            throw new ParameterException(spec.commandLine(), "--out " + out + " is the table being imported: give"
                    + " another --out (even --force does not replace the input)");
        if (out != null && Files.isRegularFile(out) && !force)
            throw new ParameterException(spec.commandLine(), out + " exists: --force replaces it, or give another --out");
        Set<String> reversed = new LinkedHashSet<>(reverse);
        Importer.Options options = new Importer.Options(f, range[0], range[1], salienceScale, reversed, foldSalience,
                codes, dropUnmapped, start, days, sessionsPerDay);
        Importer.Result r = Importer.run(file, options);

        // written beside --out under a temporary name, checked, then moved into place: a full disk or a scenario
        // that does not load leaves no file, and never half of one
        Path target = out != null ? out.toAbsolutePath().resolveSibling("." + out.getFileName() + ".tmp")
                : Files.createTempFile("ministerial-import", ".yaml");
        try {
            if (out != null && Files.isDirectory(out))
                throw new java.nio.file.FileSystemException(out.toString(), null, "Is a directory");
            try {
                Files.writeString(target, r.yaml(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw aboutTheNamedFile(e, out != null ? out : target);
            }
            NegotiationSpec s = ScenarioLoader.load(target, Map.of()).spec();
            if (out != null) Files.move(target, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            PrintWriter report = out != null ? spec.commandLine().getOut() : spec.commandLine().getErr();
            for (String line : r.report()) report.println(line);
            if (out != null) {
                report.printf("wrote %s: %d actors, %d issue%s; it validates. Run it with: %s%n", out,
                        s.actors().size(), s.issues().size(), s.issues().size() == 1 ? "" : "s",
                        CommandText.of(List.of("run", out.toString())));
            } else {
                spec.commandLine().getOut().print(r.yaml());
                spec.commandLine().getOut().flush();
            }
            report.flush();
        } finally {
            Files.deleteIfExists(target);
        }
        return 0;
    }

    /** A failed write said of the file the user named, not of its temporary twin; nothing is left of it. */
    private static Exception aboutTheNamedFile(java.io.IOException e, Path named) {
        if (e instanceof java.nio.file.NoSuchFileException) return new java.nio.file.NoSuchFileException(named.toString());
        if (e instanceof java.nio.file.AccessDeniedException) return new java.nio.file.AccessDeniedException(named.toString());
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage();
        return new UserInputException(named + ": cannot be written (" + reason + "); nothing was written");
    }

    private double[] range(String text) {
        try {
            String[] p = text.split(":");
            double lo = p.length == 2 ? Double.parseDouble(p[0]) : 0, hi = Double.parseDouble(p[p.length - 1]);
            if (p.length <= 2 && Double.isFinite(lo) && Double.isFinite(hi) && hi > lo) return new double[]{lo, hi};
        } catch (NumberFormatException e) {
            // below
        }
        throw new ParameterException(spec.commandLine(), "--scale is MAX or MIN:MAX with MIN < MAX, e.g. 100 or 1:7, not '"
                + text + "'");
    }
}
