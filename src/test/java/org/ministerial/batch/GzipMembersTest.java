package org.ministerial.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GzipMembersTest {
    @TempDir
    Path tmp;

    @Test
    void findsACutAtEveryPositionInsideAMember() throws Exception {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        int[] ends = new int[4];
        for (int run = 0; run < ends.length; run++) {
            StringBuilder rows = new StringBuilder();
            for (int round = 0; round < 40; round++) rows.append(run).append(',').append(round).append(",0.25\n");
            whole.write(GzipMember.of(rows.toString().getBytes(StandardCharsets.UTF_8)));
            ends[run] = whole.size();
        }
        byte[] bytes = whole.toByteArray();
        Path table = tmp.resolve("rounds.csv.gz");
        int found = 0;
        for (int length = 1; length <= bytes.length; length++) {
            Files.write(table, Arrays.copyOf(bytes, length));
            String cut = GzipMembers.cut(table);
            if (Arrays.binarySearch(ends, length) >= 0) {
                assertNull(cut, "a file of whole members, " + length + " bytes");
            } else {
                assertNotNull(cut, "a file cut after " + length + " of " + bytes.length + " bytes");
                found++;
            }
        }
        assertEquals(bytes.length - ends.length, found);
    }

    @Test
    void namesWhereTheFileIsCut() throws Exception {
        byte[] member = GzipMember.of("0,1\n".getBytes(StandardCharsets.UTF_8));
        Path table = tmp.resolve("t.csv.gz");
        byte[] twoMembers = Arrays.copyOf(member, member.length * 2);
        System.arraycopy(member, 0, twoMembers, member.length, member.length);
        Files.write(table, Arrays.copyOf(twoMembers, member.length + 4));
        assertTrue(GzipMembers.cut(table).contains("header of gzip member 2"), GzipMembers.cut(table));
        Files.write(table, Arrays.copyOf(member, member.length - 3));
        assertTrue(GzipMembers.cut(table).contains("trailer of gzip member 1"), GzipMembers.cut(table));
        Files.write(table, Arrays.copyOf(member, 12));
        assertTrue(GzipMembers.cut(table).contains("compressed data of gzip member 1"), GzipMembers.cut(table));
    }

    @Test
    void leavesAFileCompressedByAnotherProgramToTheReader() throws Exception {
        // a header that announces optional fields (here a file name, as `gzip` writes): not the writer's own
        // members, so not walked, and no verdict
        byte[] named;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write("0,1\n".getBytes(StandardCharsets.UTF_8));
        }
        named = out.toByteArray();
        named[3] = 8;
        Path table = tmp.resolve("t.csv.gz");
        Files.write(table, named);
        assertNull(GzipMembers.cut(table));
    }
}
