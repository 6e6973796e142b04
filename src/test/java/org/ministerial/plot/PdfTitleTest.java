package org.ministerial.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A PDF figure's title is its caption, read back exactly whatever the scenario's label holds. */
class PdfTitleTest {
    @TempDir
    Path root;

    private LabelledBatch batch(String label) throws Exception {
        return OutcomeOnlyBatches.batch(root, label, 1, 2);
    }

    /** The document's /Title as a PDF reader decodes it: a literal string, unescaped, UTF-16BE after FE FF. */
    private static String title(Path pdf) throws Exception {
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Title (") + "/Title (".length();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = at, depth = 0; ; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                char next = text.charAt(++i);
                if (next >= '0' && next <= '7') {
                    bytes.write(Integer.parseInt(text.substring(i, i + 3), 8));
                    i += 2;
                } else bytes.write(next);
                continue;
            }
            if (c == '(') depth++;
            if (c == ')' && depth-- == 0) break;
            bytes.write(c);
        }
        byte[] b = bytes.toByteArray();
        return b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                ? new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE)
                : new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void aLabelWithAccentsOrALoneParenthesisIsTheTitleExactly() throws Exception {
        Figure f = OutcomeFigure.of(List.of(batch("Baseline (Cancún"), batch("Variant B) − Singapore")));
        Path pdf = root.resolve("outcomes-compared.pdf");
        FigureWriter.pdf(f, pdf);
        assertTrue(f.caption().contains("Cancún"), f.caption());
        assertEquals(f.caption(), title(pdf));
        assertEquals(1, FigureFiles.pdfPages(pdf));
    }

    @Test
    void aPlainCaptionIsWrittenAsItIs() throws Exception {
        Figure f = OutcomeFigure.of(List.of(batch("Baseline"), batch("No NGO pressure (ngo.enabled = false)")));
        Path pdf = root.resolve("plain.pdf");
        FigureWriter.pdf(f, pdf);
        assertTrue(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1)
                .contains("/Title (" + f.caption() + ")"));
        assertEquals(f.caption(), title(pdf));
    }
}
