package org.ministerial.batch;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A compressed table is gzip members laid end to end; any gzip reader must read them as one text. */
class GzipMemberTest {
    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void membersLaidEndToEndReadAsTheirTextsInOrder() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        String header = "run,round,text_a\n";
        StringBuilder expected = new StringBuilder(header);
        file.write(GzipMember.of(text(header)));
        for (int run = 0; run < 50; run++) {
            StringBuilder rows = new StringBuilder();
            for (int s = 0; s <= run % 7; s++) rows.append(run).append(',').append(s).append(",0.").append(run * s).append('\n');
            expected.append(rows);
            file.write(GzipMember.of(text(rows.toString())));
        }
        assertEquals(expected.toString(), gunzip(file.toByteArray()));
    }

    @Test
    void aMemberDependsOnItsTextAloneAndNothingIsWrittenForNoRows() {
        byte[] rows = text("3,G-BRA,IND,2,BRA\n".repeat(40));
        assertArrayEquals(GzipMember.of(rows), GzipMember.of(rows.clone()));
        assertEquals(0, GzipMember.of(new byte[0]).length);
        // mtime zero and no file name: the header carries nothing of the moment or the machine
        byte[] member = GzipMember.of(rows);
        for (int i = 4; i < 8; i++) assertEquals(0, member[i]);
        assertEquals(0, member[3]);
    }
}
