package org.ministerial.daemon;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One command a client ({@code bin/daemon-client}) asks the {@link Daemon} to run. A client is a shell script, not a
 * JVM, so the exchange is made of files the shell can make and read by itself, all in the daemon's own folder (which
 * the user alone may read): for a client named ID,
 * <ul>
 *   <li>{@code ID.request}: the command, as fields each ended by a NUL byte: {@value #VERSION}, the folder it was
 *   typed in, the client's process id, then {@code 1} or {@code 0} for a terminal, for colours and for standard
 *   output and error being one file, the terminal's width (0 if unknown), and the command's arguments;</li>
 *   <li>{@code ID.reply}: a pipe of lines from the daemon, {@code run} or {@code busy}, then {@code exit STATUS};</li>
 *   <li>{@code ID.out} and {@code ID.err}: pipes the client copies to its standard output and error ({@code ID.err}
 *   is not read when both are one file, and the daemon then writes both to {@code ID.out}, in their order);</li>
 *   <li>{@code ID.stop}: made by a client that is stopped (Ctrl-C, SIGTERM).</li>
 * </ul>
 * The client then writes its ID as a line to the daemon's pipe. The daemon takes the request by renaming it, which a
 * client that gave up waiting cannot then do: whichever rename comes first decides who runs the command.
 */
record Request(Path base, String folder, ProcessHandle client, boolean console, boolean colours, boolean oneOutput,
        int columns, List<String> args) {
    /** The format of a request, which a client of another version of the program does not write. */
    static final String VERSION = "MIN2";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /**
     * Takes the request that the line {@code id} from the daemon's pipe names, in {@code folder}: empty when the line
     * names none, or its client withdrew it.
     *
     * @throws IOException when the request cannot be read, is not of this version or its client has gone: it is then
     *     deleted, and its client, if any, told to run the command itself
     */
    static Optional<Request> take(Path folder, String id) throws IOException {
        if (!ID.matcher(id).matches()) return Optional.empty();
        Path base = folder.resolve(id);
        Path taken = file(base, "taken");
        try {
            Files.move(file(base, "request"), taken, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename within " + folder, e);
        }
        try {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(taken);
            } finally {
                Files.deleteIfExists(taken);
            }
            List<String> fields = fields(bytes);
            if (fields.size() < 7 || !fields.get(0).equals(VERSION))
                throw new IOException("not a request of this version of Ministerial: " + taken);
            Optional<ProcessHandle> client;
            int columns;
            try {
                client = ProcessHandle.of(Long.parseLong(fields.get(2)));
                columns = Integer.parseInt(fields.get(6));
            } catch (NumberFormatException e) {
                throw new IOException("a request with a malformed number: " + taken, e);
            }
            if (client.isEmpty()) throw new IOException("a request whose client has gone: " + taken);
            return Optional.of(new Request(base, fields.get(1), client.get(), flag(fields.get(3)),
                    flag(fields.get(4)), flag(fields.get(5)), columns, List.copyOf(fields.subList(7, fields.size()))));
        } catch (IOException e) {
            // taken, so its client can no longer withdraw it: it is told to run the command itself
            refuse(base);
            throw e;
        }
    }

    /** Tells the client of {@code base} that its command is not run here, so that it runs it in a JVM of its own. */
    static void refuse(Path base) {
        try (RandomAccessFile reply = openPipe(file(base, "reply"))) {
            answer(reply, "busy");
        } catch (IOException e) {
            // the client gives up waiting when the daemon is gone, and runs the command itself
        }
        removePipes(base);
    }

    /**
     * One of a client's pipes, opened for reading and writing, which waits for no one. A pipe that is not there (its
     * client gone and its files removed) is not made again as a plain file.
     */
    static RandomAccessFile openPipe(Path pipe) throws IOException {
        return new RandomAccessFile(existingPipe(pipe).toFile(), "rw");
    }

    private static Path existingPipe(Path p) throws IOException {
        if (!isPipe(p)) throw new IOException("no pipe " + p + ": its client has gone");
        return p;
    }

    /** Whether {@code p} is there and neither a plain file nor a folder, as a FIFO is. */
    static boolean isPipe(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(p);
    }

    /**
     * The NUL-ended fields of a request, decoded as the JVM decodes its own command line, so that an argument means
     * here what it means to a JVM started with it (the launcher keys a daemon by the locale).
     */
    private static List<String> fields(byte[] bytes) {
        Charset charset = argumentCharset();
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != 0) continue;
            fields.add(new String(bytes, start, i - start, charset));
            start = i + 1;
        }
        return fields;
    }

    private static Charset argumentCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    private static boolean flag(String field) {
        return field.equals("1");
    }

    static Path file(Path base, String kind) {
        return base.resolveSibling(base.getFileName() + "." + kind);
    }

    Path file(String kind) {
        return file(base, kind);
    }

    /** Answers the client with one line of its reply pipe (opened for reading and writing: it never blocks). */
    static void answer(RandomAccessFile reply, String line) throws IOException {
        reply.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** The client's reply pipe; open for reading too, so that opening it waits for no one. */
    RandomAccessFile openReply() throws IOException {
        return openPipe(file("reply"));
    }

    /**
     * The pipe the client copies to its standard output ({@code "out"}) or error ({@code "err"}), for writing:
     * opening it waits until the client's copy has opened it for reading.
     */
    FileOutputStream openOutput(String kind) throws IOException {
        return new FileOutputStream(existingPipe(file(kind)).toFile());
    }

    /** Removes the request's pipes; a pipe already open stays usable to both sides. */
    void removePipes() {
        removePipes(base);
    }

    private static void removePipes(Path base) {
        for (String kind : List.of("reply", "out", "err")) {
            try {
                Files.deleteIfExists(file(base, kind));
            } catch (IOException e) {
                // the client removes what is left when it sees the command end
            }
        }
    }
}
