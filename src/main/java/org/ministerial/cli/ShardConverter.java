package org.ministerial.cli;

import org.ministerial.batch.Shard;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --shard i/n}; a malformed shard is a usage error. */
final class ShardConverter implements ITypeConverter<Shard> {
    @Override
    public Shard convert(String text) {
        try {
            return Shard.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
