package org.ministerial.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --set key=value} override of a scenario value. The value is passed to the loader as written; the loader
 * parses it as a YAML scalar and reports a bad key or value with the scenario's problems.
 *
 * @param key   dotted key, e.g. {@code parameters.chair.agenda_power}
 * @param value the value as typed
 */
public record Setting(String key, String value) {

    /** Parses {@code key=value}; a missing {@code =} or an empty key is a usage error. */
    public static final class Converter implements ITypeConverter<Setting> {
        @Override
        public Setting convert(String text) {
            int eq = text.indexOf('=');
            String key = eq < 0 ? "" : text.substring(0, eq).strip();
            if (key.isEmpty())
                throw new TypeConversionException("expected key=value (for example "
                        + "parameters.chair.agenda_power=0.7) but got '" + text + "'");
            return new Setting(key, text.substring(eq + 1));
        }
    }
}
