package org.ministerial.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads every file or folder named on the command line. An empty name, as an unset shell variable gives
 * ({@code --out "$DIR"}), would be the current folder to Java: results would land loose among the user's files, so it
 * is a usage error instead.
 */
final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String text) {
        if (text.isEmpty())
            throw new TypeConversionException("an empty path names no file or folder (an unset shell variable?)");
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
