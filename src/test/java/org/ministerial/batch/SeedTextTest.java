package org.ministerial.batch;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedTextTest {

    @Test
    void writesXAndTheSixteenHexDigitsOfTheTwosComplementBits() {
        assertEquals("x0000000000000000", SeedText.format(0));
        assertEquals("x0000000000000001", SeedText.format(1));
        assertEquals("xffffffffffffffff", SeedText.format(-1));
        assertEquals("x8000000000000000", SeedText.format(Long.MIN_VALUE));
        assertEquals("x7fffffffffffffff", SeedText.format(Long.MAX_VALUE));
        assertEquals("xe220a8397b1dcdaf", SeedText.format(0xE220A8397B1DCDAFL));
    }

    @Test
    void everyWrittenSeedReadsBackExactlyAndNeverLooksLikeANumber() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            long seed = random.nextLong();
            String text = SeedText.format(seed);
            assertEquals(seed, SeedText.parse(text));
            assertTrue(text.matches("x[0-9a-f]{16}"), text);
        }
    }

    @Test
    void readsDecimalsAndZeroXHexTooAsTypedByHand() {
        assertEquals(-7995527694508729151L, SeedText.parse("-7995527694508729151"));
        assertEquals(42, SeedText.parse(" 42 "));
        assertEquals(0x9109a1e3c2f0e4d1L, SeedText.parse("0x9109A1E3C2F0E4D1"));
        assertEquals(255, SeedText.parse("xff"));
    }

    @Test
    void refusesWhatIsNoSeed() {
        for (String bad : new String[] {"", "x", "0x", "x1234567890abcdef0", "xg", "x-1", "1.5", "one",
                "9223372036854775808", "x１"})
            assertThrows(NumberFormatException.class, () -> SeedText.parse(bad), bad);
    }
}
