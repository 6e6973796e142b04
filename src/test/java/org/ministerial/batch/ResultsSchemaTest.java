package org.ministerial.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.model.GroupSpec;
import org.ministerial.model.Issue;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema against the results format of docs/results.md, spelled out here on purpose: a change to a column name
 * or order in ResultsSchema is a change of the format and must fail here until the docs and this test agree.
 */
class ResultsSchemaTest {
    @TempDir
    Path tmp;

    @Test
    void headersAreTheDocumentedColumnsInOrder() {
        List<String> ids = List.of("tariffs", "subsidies");
        assertEquals(List.of("run", "seed", "input_draw", "outcome", "end_round", "end_day", "end_session",
                        "hinge_issue", "rejecting_coalitions", "accepting", "text_tariffs", "text_subsidies", "error"),
                ResultsSchema.Runs.header(List.of("input_draw"), List.of("accepting"), ids));
        assertEquals(List.of("run", "round", "day", "session", "text_tariffs", "text_subsidies", "accepting",
                "mean_distance", "mobilisation", "pressure", "coalitions", "largest_coalition", "in_coalitions",
                "walked_out"), ResultsSchema.Rounds.header(ids));
        assertEquals(List.of("run", "coalition", "member", "joined_round", "leader"), ResultsSchema.Coalitions.HEADER);
        assertEquals(List.of("run", "actor", "hinge_issue"), ResultsSchema.Rejections.HEADER);
        assertEquals(List.of("group", "name", "member", "ties"), ResultsSchema.Groups.header(false));
        assertEquals(List.of("scenario", "group", "name", "member", "ties"), ResultsSchema.Groups.header(true));
        assertEquals(List.of("run", "actor", "addons", "bilateral_accepted", "depth_tariffs", "depth_subsidies"),
                ResultsSchema.Commitments.header(ids));
        assertEquals(List.of("run", "round", "actor", "stated_tariffs", "stated_subsidies", "text_tariffs",
                "text_subsidies", "accepting", "utility", "reservation", "pressure", "coalition", "walked_out"),
                ResultsSchema.Actors.header(ids));
    }

    @Test
    void metricColumnsAreThoseBetweenTheFixedColumnsAndTheText() {
        List<String> header = ResultsSchema.Runs.header(List.of("point", "replication"), List.of("walkouts",
                "pressure"), List.of("tariffs"));
        assertEquals(List.of("walkouts", "pressure"), ResultsSchema.Runs.metrics(header));
        assertEquals(List.of(), ResultsSchema.Runs.metrics(ResultsSchema.Runs.header(List.of(), List.of(),
                List.of())));
    }

    @Test
    void perIssueAndShareColumnsAreRecognisedByTheirNames() {
        assertTrue(ResultsSchema.Runs.isText(ResultsSchema.Runs.text("tariffs")));
        assertFalse(ResultsSchema.Runs.isText("end_round"));
        assertTrue(ResultsSchema.Commitments.isDepth("depth_tariffs"));
        assertEquals("breakdown_share", ResultsSchema.Sweeps.share("breakdown"));
        assertEquals(List.of("breakdown_share", "breakdown_low", "breakdown_high"),
                ResultsSchema.Sweeps.SHARE_PARTS.stream().map(p -> ResultsSchema.Sweeps.share("breakdown", p))
                        .toList());
        assertTrue(ResultsSchema.Sweeps.isShare("agreement_share"));
        assertEquals("agreement", ResultsSchema.Sweeps.outcomeOfShare("agreement_share"));
    }

    @Test
    void aWrittenBatchHasTheSchemasFilesAndHeaders() throws Exception {
        NegotiationSpec spec = Fixtures.spec(List.of(new GroupSpec("G20", "Group of 20", new int[] {1, 2})));
        Scenario scenario = Fixtures.scenario(spec, Map.of("calendar.days", "1"), List.of());
        Path folder = tmp.resolve("out");
        Batch.execute(scenario, new BatchSettings(4, 1, 1), folder, null, null);
        List<String> ids = Issue.ids(spec.issues());
        List<String> runs = ResultsFiles.header(folder.resolve(ResultsSchema.Runs.FILE));
        assertEquals(ResultsSchema.Runs.header(List.of("calendar.days"), ResultsSchema.Runs.metrics(runs), ids),
                runs);
        assertFalse(ResultsSchema.Runs.metrics(runs).isEmpty(), "the model's metrics are columns of runs.csv");
        assertEquals(ResultsSchema.Rounds.header(ids), ResultsFiles.header(folder.resolve(ResultsSchema.Rounds.FILE)));
        assertEquals(ResultsSchema.Coalitions.HEADER,
                ResultsFiles.header(folder.resolve(ResultsSchema.Coalitions.FILE)));
        assertEquals(ResultsSchema.Rejections.HEADER,
                ResultsFiles.header(folder.resolve(ResultsSchema.Rejections.FILE)));
        assertEquals(ResultsSchema.Groups.header(false), ResultsFiles.header(folder.resolve(ResultsSchema.Groups.FILE)));
    }
}
