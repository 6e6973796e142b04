package org.ministerial.batch;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;

/**
 * One writer per results folder: an exclusive lock on {@code FOLDER/.lock}, taken before anything in the folder is
 * read or written and released when the command ends. The file names its holder (pid, host, start time) so that a
 * second command is refused at once with a message that says who holds the folder. The lock is the operating
 * system's (a {@link FileLock}), so a holder that dies, even by SIGKILL, releases it: a lock file left behind by a
 * dead process is stale and is simply taken over.
 */
public final class FolderLock implements AutoCloseable {
    /**
     * Folders locked by this process: a second command here must be refused before it opens the lock file, since
     * closing any descriptor of a file drops the process's POSIX locks on it, the first holder's included.
     */
    private static final java.util.Map<Path, String> HELD = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final Path key;

    private FolderLock(Path path, FileChannel channel, FileLock lock, Path key) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.key = key;
    }

    /** Takes the folder's lock (creating the folder), or throws {@link ResultsFolderException} naming its holder. */
    public static FolderLock acquire(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path path = folder.resolve(WorkingFiles.LOCK_FILE);
        String holder = "pid " + ProcessHandle.current().pid() + " on " + host() + ", since "
                + OffsetDateTime.now().withNano(0);
        Path key = folder.toRealPath();
        String here = HELD.putIfAbsent(key, holder);
        if (here != null) throw inUse(folder, here);
        try {
            FolderLock taken = take(folder, path, holder, key);
            if (taken != null) return taken;
        } catch (IOException | RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
        HELD.remove(key);
        throw new ResultsFolderException(folder + ": could not take the folder's lock (" + path + ")");
    }

    private static ResultsFolderException inUse(Path folder, String holder) {
        return new ResultsFolderException(folder + " is in use by another command"
                + (holder.isEmpty() ? "" : " (" + holder + ")") + "; wait for it to finish, or write to another --out");
    }

    private static FolderLock take(Path folder, Path path, String holder, Path key) throws IOException {
        for (int attempt = 0; attempt < 10; attempt++) {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process, through another command on the same folder
            }
            if (lock == null) {
                String other = readAll(channel);
                channel.close();
                throw inUse(folder, other);
            }
            // a holder that finished deletes the file before it lets go: if that happened after this channel was
            // opened, the lock is on a file no longer at the path, and the path must be taken again. (Only stat the
            // path: opening and closing it again would drop this process's lock, which POSIX ties to the process.)
            if (Files.exists(path)) {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
                return new FolderLock(path, channel, lock, key);
            }
            lock.release();
            channel.close();
        }
        return null;
    }

    private static String readAll(FileChannel channel) throws IOException {
        ByteBuffer b = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "an unknown host";
        }
    }

    /** Deletes the lock file, then releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(path);
        } finally {
            try {
                lock.release();
                channel.close();
            } finally {
                HELD.remove(key);
            }
        }
    }
}
