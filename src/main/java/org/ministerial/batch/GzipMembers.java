package org.ministerial.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Checks that a compressed results table ends with a whole gzip member ({@link GzipMember}). Java's
 * {@code GZIPInputStream} takes a file cut in the first bytes of a member's header for a file with trailing garbage
 * and ends the stream there without an error, so a table cut after a run's first few bytes would read as shorter but
 * whole. Walking the members finds every cut: in a header, in the compressed data or in the trailer.
 */
final class GzipMembers {
    private static final int BUFFER = 1 << 16;
    /** The fixed part of a member's header (RFC 1952): magic, method, flags, time, extra flags, system. */
    private static final int HEADER = 10;
    private static final int TRAILER = 8;

    private GzipMembers() {
    }

    /**
     * Where {@code file} is cut, or null when it is a sequence of whole members. Members with optional header fields
     * (not the writer's; a table compressed again by another program) are not walked: null, and the reader's own
     * checks stand.
     */
    static String cut(Path file) throws IOException {
        Inflater inflater = new Inflater(true);
        try (PushbackInputStream in = new PushbackInputStream(
                new BufferedInputStream(Files.newInputStream(file), BUFFER), BUFFER)) {
            byte[] input = new byte[BUFFER];
            byte[] output = new byte[BUFFER];
            byte[] header = new byte[HEADER];
            long offset = 0;
            for (int member = 0; ; member++) {
                int read = in.readNBytes(header, 0, HEADER);
                if (read == 0) return null;
                if (read < HEADER) return "it ends inside the header of gzip member " + (member + 1);
                if (header[0] != 0x1f || header[1] != (byte) 0x8b || header[2] != 8)
                    return "gzip member " + (member + 1) + " does not start with a gzip header (byte " + offset + ")";
                if (header[3] != 0) return null;
                long compressed = inflate(in, inflater, input, output);
                if (compressed < 0) return "it ends inside the compressed data of gzip member " + (member + 1);
                if (in.readNBytes(header, 0, TRAILER) < TRAILER)
                    return "it ends inside the trailer of gzip member " + (member + 1);
                offset += HEADER + compressed + TRAILER;
            }
        } finally {
            inflater.end();
        }
    }

    /**
     * Inflates one member's compressed data, leaving {@code in} at its trailer; returns the compressed length, or -1
     * when the file ends before the member does.
     */
    private static long inflate(PushbackInputStream in, Inflater inflater, byte[] input, byte[] output)
            throws IOException {
        inflater.reset();
        int chunk = 0;
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    chunk = in.read(input);
                    if (chunk < 0) return -1;
                    inflater.setInput(input, 0, chunk);
                } else if (inflater.inflate(output) == 0 && inflater.needsDictionary()) {
                    throw new ZipException("a gzip member asks for a preset dictionary");
                }
            }
        } catch (DataFormatException e) {
            throw new ZipException(e.getMessage());
        }
        // the bytes read past the member's end are its trailer and what follows: back to the stream
        int rest = inflater.getRemaining();
        if (rest > 0) in.unread(input, chunk - rest, rest);
        return inflater.getBytesRead();
    }
}
