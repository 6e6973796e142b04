package org.ministerial.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GzipMembersTest {
    @TempDir
    Path tmp;

    @Test
    void findsACutAtEveryPositionInsideAMember() throws Exception {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        int[] ends = new int[4];
        int textLength = 0;
        for (int run = 0; run < ends.length; run++) {
            StringBuilder rows = new StringBuilder();
            for (int round = 0; round < 40; round++) rows.append(run).append(',').append(round).append(",0.25\n");
            textLength = rows.length();
            whole.write(GzipMember.of(rows.toString().getBytes(StandardCharsets.UTF_8)));
            ends[run] = whole.size();
        }
        byte[] bytes = whole.toByteArray();
        Path table = tmp.resolve("rounds.csv.gz");
        int found = 0;
        for (int length = 1; length <= bytes.length; length++) {
            Files.write(table, Arrays.copyOf(bytes, length));
            int members = Arrays.binarySearch(ends, length) + 1;
            if (members > 0) {
                GzipMembers.Ending ending = GzipMembers.ending(table);
                assertEquals(new GzipMembers.Ending(members * textLength, '\n'), ending,
                        "a file of whole members, " + length + " bytes");
            } else {
                int cut = length;
                assertThrows(EOFException.class, () -> GzipMembers.ending(table),
                        "a file cut after " + cut + " of " + bytes.length + " bytes");
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
        assertCut(table, Arrays.copyOf(twoMembers, member.length + 4), "header of gzip member 2");
        assertCut(table, Arrays.copyOf(member, member.length - 3), "trailer of gzip member 1");
        assertCut(table, Arrays.copyOf(member, 12), "compressed data of gzip member 1");
    }

    private static void assertCut(Path table, byte[] bytes, String where) throws Exception {
        Files.write(table, bytes);
        String message = assertThrows(EOFException.class, () -> GzipMembers.ending(table)).getMessage();
        assertTrue(message.contains(where), message);
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
        assertNull(GzipMembers.ending(table));
    }
}
