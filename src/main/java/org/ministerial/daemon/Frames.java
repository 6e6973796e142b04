package org.ministerial.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The little protocol between {@link DaemonClient} and {@link Daemon} over a Unix-domain socket. The client sends one
 * {@link Request}; the daemon answers with frames (a type byte, then a length and bytes, or an exit status) until
 * {@link #EXIT}; meanwhile the client may send one {@link #STOP} byte, when it is itself being stopped.
 */
final class Frames {
    /** "MIN1": a request of this protocol's version. */
    static final int MAGIC = 0x4D494E31;
    /** Bytes for the client's standard output. */
    static final byte OUT = 1;
    /** Bytes for the client's standard error. */
    static final byte ERR = 2;
    /** The command's exit status; the last frame. */
    static final byte EXIT = 3;
    /** The daemon is running another command: the client runs this one in a JVM of its own. */
    static final byte BUSY = 4;
    /** From the client: it was stopped (Ctrl-C, SIGTERM), and the command must stop as a process would. */
    static final byte STOP = 5;

    private Frames() {
    }

    /**
     * What a client asks: the command's arguments, the folder it was typed in (the daemon serves one folder, so that
     * relative paths mean what they mean to a process started there), and whether a person watches (a terminal:
     * progress as a redrawn bar, as wide as the terminal's {@code columns} when known, else 0; colours in help).
     */
    record Request(String folder, boolean console, boolean colours, int columns, List<String> args) {
        void write(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            writeString(out, folder);
            out.writeBoolean(console);
            out.writeBoolean(colours);
            out.writeInt(columns);
            out.writeInt(args.size());
            for (String a : args) writeString(out, a);
            out.flush();
        }

        static Request read(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC) throw new IOException("not a request of this version of Ministerial");
            String folder = readString(in);
            boolean console = in.readBoolean();
            boolean colours = in.readBoolean();
            int columns = in.readInt();
            int n = in.readInt();
            if (n < 0 || n > 100_000) throw new IOException("a request of " + n + " arguments");
            List<String> args = new ArrayList<>(n);
            for (int i = 0; i < n; i++) args.add(readString(in));
            return new Request(folder, console, colours, columns, List.copyOf(args));
        }
    }

    /** Writes one frame of bytes; callers hold the stream's lock. */
    static void writeBytes(DataOutputStream out, byte type, byte[] bytes, int offset, int length) throws IOException {
        out.writeByte(type);
        out.writeInt(length);
        out.write(bytes, offset, length);
        out.flush();
    }

    /**
     * The channel's input as a stream. Not {@code Channels.newInputStream}: its streams of a blocking socket channel
     * share one lock, so a thread waiting to read would keep another from writing.
     */
    static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
            }
        };
    }

    /** The channel's output as a stream (see {@link #input}). */
    static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) channel.write(buffer);
            }
        };
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > (1 << 24)) throw new IOException("a string of " + n + " bytes");
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
