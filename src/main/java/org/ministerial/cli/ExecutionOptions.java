package org.ministerial.cli;

import org.ministerial.batch.Shard;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How a batch or sweep is executed: worker threads and the shard of the run list; results depend on neither. */
public final class ExecutionOptions {
    /** How every command that runs batches describes {@code --threads}. */
    static final String THREADS = "worker threads; results do not depend on it (default: the number of processors, "
            + "here ${DEFAULT-VALUE})";

    @Option(names = "--threads", paramLabel = "K", description = THREADS)
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardConverter.class,
            description = "make only share I of N (0-based): runs I, I+N, I+2N, ...; join the parts with merge")
    Shard shard = Shard.ALL;

    /** How every command that writes a results folder describes {@code --force}. */
    static final String FORCE = "replace the finished results of a different command in --out, removing every file "
            + "Ministerial wrote there (without it such a folder is refused)";

    @Option(names = "--force", description = FORCE)
    boolean force;

    /** The thread count, checked. */
    int threads(CommandSpec spec) {
        return checkedThreads(spec, threads);
    }

    /** {@code --threads} of any command, which must be at least 1. */
    static int checkedThreads(CommandSpec spec, int threads) {
        if (threads < 1)
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        return threads;
    }
}
