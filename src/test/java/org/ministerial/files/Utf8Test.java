package org.ministerial.files;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Utf8Test {
    @Test
    void theLineOfTheFirstBadByteIsFound() {
        assertEquals(0, Utf8.firstBadLine("a\nb\u00e9\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        // a Latin-1 e-acute (0xE9) on the third line
        assertEquals(3, Utf8.firstBadLine(new byte[] {'a', '\n', 'b', '\n', 'c', (byte) 0xE9, '\n', 'd'}));
        // no final line break: the last line is still checked
        assertEquals(2, Utf8.firstBadLine(new byte[] {'a', '\n', (byte) 0xC3, (byte) 0x28}));
    }
}
