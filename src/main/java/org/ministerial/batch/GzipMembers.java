package org.ministerial.batch;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Reads a compressed results table member by member ({@link GzipMember}) to check that it ends with a whole gzip
 * member, and gives the length and last byte of its text for the other checks of {@link ResultsCheck#checkComplete}
 * in the same pass. Java's {@code GZIPInputStream} takes a file cut in the first bytes of a member's header for a file
 * with trailing garbage and ends the stream there without an error, so a table cut after a run's first few bytes
 * would read as shorter but whole. Walking the members finds every cut: in a header, in the compressed data or in the
 * trailer.
 */
final class GzipMembers {
    private static final int BUFFER = 1 << 16;
    /** The fixed part of a member's header (RFC 1952): magic, method, flags, time, extra flags, system. */
    private static final int HEADER = 10;
    private static final int TRAILER = 8;

    /** What a whole file holds: its text's length in bytes and its last byte (-1 when empty). */
    record Ending(long length, int last) {
    }

    private GzipMembers() {
    }

    /**
     * The ending of {@code file}'s text, or null when its members have optional header fields (not the writer's; a
     * table compressed again by another program): those are not walked, and the reader's own checks stand.
     *
     * @throws EOFException where the file is cut
     * @throws ZipException when it is no sequence of gzip members
     */
    static Ending ending(Path file) throws IOException {
        Inflater inflater = new Inflater(true);
        try (PushbackInputStream in = new PushbackInputStream(
                new BufferedInputStream(Files.newInputStream(file), BUFFER), BUFFER)) {
            byte[] input = new byte[BUFFER];
            byte[] output = new byte[BUFFER];
            byte[] header = new byte[HEADER];
            long offset = 0;
            long[] text = {0, -1};
            for (int member = 1; ; member++) {
                int read = in.readNBytes(header, 0, HEADER);
                if (read == 0) return new Ending(text[0], (int) text[1]);
                if (read < HEADER) throw new EOFException("it ends inside the header of gzip member " + member);
                if (header[0] != 0x1f || header[1] != (byte) 0x8b || header[2] != 8)
                    throw new ZipException("gzip member " + member + " does not start with a gzip header (byte "
                            + offset + ")");
                if (header[3] != 0) return null;
                long compressed = inflate(in, inflater, input, output, text);
                if (compressed < 0)
                    throw new EOFException("it ends inside the compressed data of gzip member " + member);
                if (in.readNBytes(header, 0, TRAILER) < TRAILER)
                    throw new EOFException("it ends inside the trailer of gzip member " + member);
                offset += HEADER + compressed + TRAILER;
            }
        } finally {
            inflater.end();
        }
    }

    /**
     * Inflates one member's compressed data, leaving {@code in} at its trailer and adding to {@code text} (length,
     * last byte); returns the compressed length, or -1 when the file ends before the member does.
     */
    private static long inflate(PushbackInputStream in, Inflater inflater, byte[] input, byte[] output, long[] text)
            throws IOException {
        inflater.reset();
        int chunk = 0;
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    chunk = in.read(input);
                    if (chunk < 0) return -1;
                    inflater.setInput(input, 0, chunk);
                    continue;
                }
                int n = inflater.inflate(output);
                if (n > 0) {
                    text[0] += n;
                    text[1] = output[n - 1] & 0xff;
                } else if (inflater.needsDictionary()) {
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
