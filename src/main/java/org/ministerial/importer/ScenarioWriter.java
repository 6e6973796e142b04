package org.ministerial.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The YAML text of an imported scenario: flow mappings for entries, every string double-quoted and escaped. */
final class ScenarioWriter {
    private ScenarioWriter() {
    }

    /** A number with at most six decimals and no trailing zeros ("0.5", "12", "0.333333"). */
    static String number(double v) {
        BigDecimal b = new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (b.signum() == 0) return "0";
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    /** A YAML double-quoted string. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** A comment block, one {@code # } line per line of text. */
    static void comment(StringBuilder out, String indent, List<String> lines) {
        for (String l : lines) out.append(indent).append("# ").append(l.replace("\n", " ")).append('\n');
    }
}
