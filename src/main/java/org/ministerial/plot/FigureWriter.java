package org.ministerial.plot;

import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;
import org.ministerial.batch.FigureSchema;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Writes a {@link Figure} as PNG, SVG and PDF, plus the CSV of its numbers. The chart is laid out once in points at
 * its printed size; PNG renders it scaled to {@value JournalStyle#DPI} dpi and records that resolution in the
 * {@code pHYs} chunk (PNG specification 1.2, section 4.2.4.2), SVG and PDF draw it through JFreeSVG and JFreePDF,
 * the PDF with its text as glyph outlines.
 */
public final class FigureWriter {
    private static final double INCHES_PER_METRE = 39.3700787;

    private FigureWriter() {
    }

    /** Writes {@code folder/name.<ext>} for each format and {@code folder/name.csv}. */
    public static void write(Figure figure, Path folder, Set<FigureFormat> formats) throws IOException {
        Files.createDirectories(folder);
        for (FigureFormat f : formats) {
            Path file = folder.resolve(figure.name() + "." + f.extension());
            try {
                switch (f) {
                    case PNG -> png(figure, file);
                    case SVG -> svg(figure, file);
                    case PDF -> pdf(figure, file);
                }
            } catch (java.nio.file.FileSystemException e) {
                throw e;
            } catch (IOException e) {
                // an image writer's own message ("I/O error writing PNG file!") names neither the file nor the cause
                throw new java.nio.file.FileSystemException(file.toString(), null, rootCause(e));
            }
        }
        figure.data().write(folder.resolve(FigureSchema.dataFile(figure.name())));
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Pixel size of the PNG: the printed size in inches times {@value JournalStyle#DPI}. */
    public static int pixels(double points) {
        return (int) Math.round(points / 72.0 * JournalStyle.DPI);
    }

    private static Rectangle2D area(Figure f) {
        return new Rectangle2D.Double(0, 0, f.widthPt(), f.heightPt());
    }

    static void png(Figure f, Path file) throws IOException {
        BufferedImage image = new BufferedImage(pixels(f.widthPt()), pixels(f.heightPt()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            double scale = JournalStyle.DPI / 72.0;
            g2.scale(scale, scale);
            f.chart().draw(g2, area(f));
        } finally {
            g2.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (OutputStream os = Files.newOutputStream(file);
             ImageOutputStream out = ImageIO.createImageOutputStream(os)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            setDpi(meta);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    private static void setDpi(IIOMetadata meta) throws IOException {
        String format = "javax_imageio_png_1.0";
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = Long.toString(Math.round(JournalStyle.DPI * INCHES_PER_METRE));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(format);
        root.appendChild(phys);
        try {
            meta.mergeTree(format, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("cannot record the PNG resolution: " + e.getMessage(), e);
        }
    }

    static void svg(Figure f, Path file) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(f.widthPt(), f.heightPt(), SVGUnits.PT);
        g2.setDefsKeyPrefix(f.name().replaceAll("[^a-z0-9]", "") + "-");
        f.chart().draw(g2, area(f));
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, (int) Math.ceil(f.widthPt()),
                (int) Math.ceil(f.heightPt())), null, null);
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n", StandardCharsets.UTF_8);
    }

    static void pdf(Figure f, Path file) throws IOException {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(pdfLiteral(f.caption()));
        doc.setAuthor("Ministerial");
        Page page = doc.createPage(new Rectangle((int) Math.ceil(f.widthPt()), (int) Math.ceil(f.heightPt())));
        PDFGraphics2D g2 = page.getGraphics2D();
        // JFreePDF cannot embed fonts: it names one of the 14 standard fonts (Helvetica for sans-serif), which the
        // reader substitutes, with other widths than the fonts the chart was laid out with, and which journals'
        // checks reject as not embedded. Text is drawn as the outlines of the glyphs the layout measured instead:
        // the page looks as laid out everywhere and holds no font to embed.
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        f.chart().draw(g2, area(f));
        Files.write(file, withFixedDates(doc.getPDFBytes()));
    }

    /**
     * {@code text} as the inside of a PDF literal string. JFreePDF writes a document's title between parentheses,
     * encoded as US-ASCII and unescaped: "Cancún" came out as "Canc?n", and a label's lone parenthesis ended the
     * string early and broke the document's information dictionary. Text that is printable ASCII with balanced
     * parentheses and no backslash is valid as it is and kept so; any other is written as UTF-16BE with its
     * byte-order mark, every byte an octal escape (PDF 1.7, 7.3.4.2 and 7.9.2.2), which readers show exactly.
     */
    static String pdfLiteral(String text) {
        int depth = 0;
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            plain = c >= ' ' && c <= '~' && c != '\\' && depth >= 0;
        }
        if (plain && depth == 0) return text;
        StringBuilder out = new StringBuilder("\\376\\377");
        for (byte b : text.getBytes(StandardCharsets.UTF_16BE))
            out.append(String.format(java.util.Locale.ROOT, "\\%03o", b & 0xff));
        return out.toString();
    }

    /**
     * JFreePDF stamps a document with the second it was written, so the same figure made twice would differ. The
     * stamps are set to {@code SOURCE_DATE_EPOCH} when that is given (the reproducible-builds convention), else to
     * 2000-01-01 00:00:00; the digits keep their length, so the cross-reference offsets stay valid. When and how a
     * figure was made is in the folder's index.
     */
    static byte[] withFixedDates(byte[] pdf) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        Instant when = epoch != null && epoch.matches("\\d{1,12}") ? Instant.ofEpochSecond(Long.parseLong(epoch))
                : Instant.parse("2000-01-01T00:00:00Z");
        String stamp = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(when);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return text.replaceAll("(/(?:Creation|Mod)Date \\(D:)\\d{14}", "$1" + stamp)
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
