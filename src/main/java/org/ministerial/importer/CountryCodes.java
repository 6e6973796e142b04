package org.ministerial.importer;

import org.ministerial.files.Problem;
import org.ministerial.scenario.ScenarioException;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the actor names and codes of imported tables into ISO 3166-1 alpha-3 codes, which the scenario format
 * requires: an alpha-3 code as it stands, a country's English name as the JDK knows it, a few common short forms
 * ("US", "UK", "Russia"), and first of all a user's own mapping file ({@code name,code} lines).
 */
final class CountryCodes {
    /** How a code was found, for the report. */
    record Match(String code, String how) {
    }

    private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            NAMES.put(key(l.getDisplayCountry(Locale.ENGLISH)), l.getISO3Country());
        }
        String[][] aliases = {
                {"US", "USA"}, {"U.S.", "USA"}, {"United States of America", "USA"}, {"America", "USA"},
                {"UK", "GBR"}, {"U.K.", "GBR"}, {"Britain", "GBR"}, {"Great Britain", "GBR"}, {"England", "GBR"},
                {"Russia", "RUS"}, {"Russian Federation", "RUS"}, {"South Korea", "KOR"}, {"Korea", "KOR"},
                {"Republic of Korea", "KOR"}, {"North Korea", "PRK"}, {"Iran", "IRN"}, {"Syria", "SYR"},
                {"Vietnam", "VNM"}, {"Viet Nam", "VNM"}, {"Laos", "LAO"}, {"Bolivia", "BOL"}, {"Venezuela", "VEN"},
                {"Tanzania", "TZA"}, {"Moldova", "MDA"}, {"Czech Republic", "CZE"}, {"Czechia", "CZE"},
                {"Ivory Coast", "CIV"}, {"Cote d'Ivoire", "CIV"}, {"Burma", "MMR"}, {"Myanmar", "MMR"},
                {"Macedonia", "MKD"}, {"North Macedonia", "MKD"}, {"Turkey", "TUR"}, {"Turkiye", "TUR"},
                {"Swaziland", "SWZ"}, {"Eswatini", "SWZ"}, {"Cape Verde", "CPV"}, {"East Timor", "TLS"},
                {"Congo", "COG"}, {"Republic of the Congo", "COG"}, {"DR Congo", "COD"}, {"DRC", "COD"},
                {"Democratic Republic of the Congo", "COD"}, {"Taiwan", "TWN"}, {"Chinese Taipei", "TWN"},
                {"Hong Kong", "HKG"}, {"Macau", "MAC"}, {"Macao", "MAC"}, {"Vatican", "VAT"}, {"Holy See", "VAT"},
                {"PRC", "CHN"}, {"People's Republic of China", "CHN"}, {"UAE", "ARE"}, {"Brunei", "BRN"},
                {"Palestine", "PSE"}, {"Micronesia", "FSM"}, {"Saint Kitts and Nevis", "KNA"},
                {"Saint Lucia", "LCA"}, {"Saint Vincent and the Grenadines", "VCT"}, {"The Gambia", "GMB"},
                {"Gambia", "GMB"}, {"The Bahamas", "BHS"}, {"Bahamas", "BHS"}, {"Kyrgyzstan", "KGZ"},
                {"Slovak Republic", "SVK"}, {"Holland", "NLD"}, {"The Netherlands", "NLD"}};
        for (String[] a : aliases) NAMES.put(key(a[0]), a[1]);
    }

    private final Map<String, String> own = new HashMap<>();

    /** The built-in names and codes only. */
    CountryCodes() {
    }

    /** With a mapping file: CSV lines {@code name,code} (a header {@code name,code} and {@code #} lines skipped). */
    static CountryCodes withFile(Path file) throws IOException, ScenarioException {
        CountryCodes c = new CountryCodes();
        if (file == null) return c;
        List<String> lines = Lines.read(file);
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (raw.isBlank() || raw.trim().startsWith("#")) continue;
            char sep = raw.indexOf(',') < 0 && raw.indexOf(';') >= 0 ? ';' : ',';
            List<String> cells = Lines.trimEnd(Lines.cells(raw, sep, false));
            if (i == 0 && cells.size() == 2 && cells.get(1).equalsIgnoreCase("code")) continue;
            if (cells.size() != 2)
                throw new ScenarioException(new Problem(file.toString(), i + 1, "expected 'name,code', found "
                        + cells.size() + " cells"));
            String code = cells.get(1).toUpperCase(Locale.ROOT);
            if (!ALPHA3.contains(code))
                throw new ScenarioException(new Problem(file.toString(), i + 1, "'" + cells.get(1)
                        + "' is not an ISO 3166-1 alpha-3 country code (such as BRA)"));
            if (c.own.put(cells.get(0), code) != null)
                throw new ScenarioException(new Problem(file.toString(), i + 1, "'" + cells.get(0) + "' is mapped twice"));
        }
        return c;
    }

    /** The code for an actor written as {@code key} (and {@code name}), or null when none is known. */
    Match find(String key, String name) {
        if (own.containsKey(key)) return new Match(own.get(key), "--codes file");
        if (own.containsKey(name)) return new Match(own.get(name), "--codes file, by name");
        if (ALPHA3.contains(key)) return new Match(key, "ISO code");
        String byKey = NAMES.get(key(key));
        if (byKey != null) return new Match(byKey, "country name");
        String byName = NAMES.get(key(name));
        if (byName != null) return new Match(byName, "country name '" + name + "'");
        return null;
    }

    static boolean isCountry(String code) {
        return ALPHA3.contains(code);
    }

    /** Case, accents, punctuation and a leading "the" do not matter. */
    private static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('’', '\'').replaceAll("[^a-z0-9]+", " ").trim();
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
