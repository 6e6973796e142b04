package org.ministerial.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** Where a file that is not valid UTF-8 goes wrong, so that a user can find the byte an editor put there. */
public final class Utf8 {
    private Utf8() {
    }

    /** The 1-based line holding the first byte sequence that is not UTF-8, or 0 if every line decodes. */
    public static int firstBadLine(byte[] bytes) {
        int line = 1, start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') continue;
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, i - start));
            } catch (CharacterCodingException e) {
                return line;
            }
            line++;
            start = i + 1;
        }
        return 0;
    }
}
