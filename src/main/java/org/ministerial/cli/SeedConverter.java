package org.ministerial.cli;

import org.ministerial.batch.SeedText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --seed}: a decimal, or a seed as {@code runs.csv} writes it ({@code x} and 16 hexadecimal digits), so
 * a seed copied from a results file can be given back as it is. A malformed seed is a usage error.
 */
final class SeedConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
        try {
            return SeedText.parse(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
