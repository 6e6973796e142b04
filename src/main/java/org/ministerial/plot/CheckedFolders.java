package org.ministerial.plot;

import org.ministerial.batch.ResultsCheck;
import org.ministerial.batch.ResultsSchema.Rounds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Results folders checked before anything is drawn from them ({@link ResultsCheck#finished}), with the rounds table
 * each check read and parsed: the trajectories figure takes it from here instead of reading the file again (for
 * 8,000 Cancún runs, 95,000 rows of 21 columns).
 */
public final class CheckedFolders {
    private final Map<Path, Table> rounds = new HashMap<>();

    /** Checks {@code folder} as {@link ResultsCheck#finished} does, keeping its rounds table. */
    public ResultsCheck.Finished check(Path folder) throws IOException {
        Table.Collector read = new Table.Collector(folder.resolve(Rounds.FILE), TrajectoryFigure.COLUMNS);
        ResultsCheck.Finished finished = ResultsCheck.finished(folder, read);
        read.table().ifPresent(t -> rounds.put(folder, t));
        return finished;
    }

    /**
     * The rounds table of a folder checked here, with the columns the trajectories figure reads; given once, so that
     * the tables of several large batches are not all held until the last is drawn (a folder named twice reads its
     * table again).
     */
    Optional<Table> rounds(Path folder) {
        return Optional.ofNullable(rounds.remove(folder));
    }
}
