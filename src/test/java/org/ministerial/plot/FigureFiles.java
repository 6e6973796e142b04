package org.ministerial.plot;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;

/** Opens figure files the way a journal's or a reader's software would, for assertions. */
final class FigureFiles {
    private static final String SVG = "http://www.w3.org/2000/svg";

    private FigureFiles() {
    }

    /**
     * A decoded PNG and its recorded resolution.
     *
     * @param image         the pixels
     * @param pixelsPerMetre the pHYs resolution, or 0 if absent
     */
    record Png(BufferedImage image, long pixelsPerMetre) {
    }

    static Png png(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            NodeList phys = root.getElementsByTagName("pHYs");
            long ppm = phys.getLength() == 0 ? 0
                    : Long.parseLong(((IIOMetadataNode) phys.item(0)).getAttribute("pixelsPerUnitXAxis"));
            reader.dispose();
            return new Png(image, ppm);
        }
    }

    /** The SVG parsed as XML (so it is well-formed), and all its text content. */
    static List<String> svgTexts(Path file) throws Exception {
        Document doc = parse(file);
        if (!"svg".equals(doc.getDocumentElement().getLocalName()))
            throw new AssertionError(file + ": root element is " + doc.getDocumentElement().getLocalName());
        NodeList texts = doc.getElementsByTagNameNS(SVG, "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) out.add(texts.item(i).getTextContent());
        return out;
    }

    /**
     * A text of an SVG and the box it takes in the figure's coordinates.
     *
     * @param text     the text
     * @param box      its extent, measured with the same Java fonts the chart was laid out with, at the SVG's font
     *                 size, and carried through the transforms of its groups
     * @param fontSize its font size in points
     */
    record TextBox(String text, Rectangle2D box, double fontSize) {
    }

    /** Every text of the SVG with its box. */
    static List<TextBox> svgTextBoxes(Path file) throws Exception {
        Document doc = parse(file);
        NodeList texts = doc.getElementsByTagNameNS(SVG, "text");
        List<TextBox> out = new ArrayList<>();
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            Matcher size = Pattern.compile("font-size:\\s*([0-9.]+)px").matcher(t.getAttribute("style"));
            if (!size.find()) throw new AssertionError(file + ": no font size on text " + t.getTextContent());
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(Float.parseFloat(size.group(1)));
            LineMetrics lm = font.getLineMetrics(t.getTextContent(), frc);
            double x = Double.parseDouble(t.getAttribute("x")), y = Double.parseDouble(t.getAttribute("y"));
            double advance = font.getStringBounds(t.getTextContent(), frc).getWidth();
            Rectangle2D local = new Rectangle2D.Double(x, y - lm.getAscent(), advance,
                    lm.getAscent() + lm.getDescent());
            out.add(new TextBox(t.getTextContent(), transformOf(t).createTransformedShape(local).getBounds2D(),
                    font.getSize2D()));
        }
        return out;
    }

    /**
     * Each text of the SVG that does not lie wholly inside the figure's view box, as {@code 'text' at x..x, y..y}:
     * text an SVG viewer would cut off at the figure's edge.
     */
    static List<String> svgTextOutside(Path file) throws Exception {
        String[] box = parse(file).getDocumentElement().getAttribute("viewBox").trim().split("\\s+");
        double width = Double.parseDouble(box[2]), height = Double.parseDouble(box[3]);
        List<String> out = new ArrayList<>();
        double slack = 0.5;
        for (TextBox t : svgTextBoxes(file)) {
            Rectangle2D r = t.box();
            if (r.getMinX() < -slack || r.getMaxX() > width + slack || r.getMinY() < -slack
                    || r.getMaxY() > height + slack)
                out.add(String.format(Locale.ROOT, "'%s' at x %.1f..%.1f, y %.1f..%.1f in %.0f x %.0f",
                        t.text(), r.getMinX(), r.getMaxX(), r.getMinY(), r.getMaxY(), width, height));
        }
        return out;
    }

    /** The product of the {@code transform} attributes of an element and its ancestors (JFreeSVG writes matrices). */
    private static AffineTransform transformOf(Element e) {
        AffineTransform at = new AffineTransform();
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            String t = el.getAttribute("transform").trim();
            if (t.isEmpty()) continue;
            Matcher m = Pattern.compile("matrix\\(([^)]*)\\)").matcher(t);
            if (!m.matches()) throw new AssertionError("unexpected SVG transform " + t);
            String[] v = m.group(1).split("[,\\s]+");
            double[] d = new double[6];
            for (int k = 0; k < 6; k++) d[k] = Double.parseDouble(v[k]);
            at.preConcatenate(new AffineTransform(d));
        }
        return at;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /**
     * A light structural check of a PDF: the header, the end-of-file marker, a trailer and cross-reference table,
     * and the number of page objects ({@code /Type /Page}, not {@code /Pages}).
     */
    static int pdfPages(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("%PDF-1.")) throw new AssertionError(file + ": no PDF header");
        if (!text.stripTrailing().endsWith("%%EOF")) throw new AssertionError(file + ": no %%EOF at the end");
        if (!text.contains("trailer") || !text.contains("xref") || !text.contains("startxref"))
            throw new AssertionError(file + ": no trailer or cross-reference table");
        Matcher m = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text);
        int pages = 0;
        while (m.find()) pages++;
        return pages;
    }

    /** Each indirect object of a PDF by number, as text ({@code n 0 obj ... endobj}). */
    private static Map<Integer, String> pdfObjects(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        Map<Integer, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?s)(\\d+) 0 obj(.*?)endobj").matcher(text);
        while (m.find()) out.put(Integer.parseInt(m.group(1)), m.group(2));
        return out;
    }

    /**
     * The {@code /BaseFont} of each font a PDF uses without embedding it: a font dictionary ({@code /Type /Font})
     * none of whose referenced objects, followed through references, holds a font program ({@code /FontFile},
     * {@code /FontFile2} or {@code /FontFile3} of a font descriptor). What {@code pdffonts} lists as "emb no".
     */
    static List<String> pdfFontsNotEmbedded(Path file) throws IOException {
        Map<Integer, String> objects = pdfObjects(file);
        List<String> out = new ArrayList<>();
        Pattern font = Pattern.compile("/Type\\s*/Font(?![A-Za-z])");
        for (String body : objects.values()) {
            if (!font.matcher(body).find()) continue;
            if (!holdsFontFile(body, objects, new HashSet<>())) {
                Matcher name = Pattern.compile("/BaseFont\\s*/([^\\s/>]+)").matcher(body);
                out.add(name.find() ? name.group(1) : body.strip());
            }
        }
        return out;
    }

    private static boolean holdsFontFile(String body, Map<Integer, String> objects, Set<Integer> seen) {
        if (Pattern.compile("/FontFile[23]?(?![A-Za-z])").matcher(body).find()) return true;
        Matcher ref = Pattern.compile("(\\d+) 0 R").matcher(body);
        while (ref.find()) {
            int n = Integer.parseInt(ref.group(1));
            if (seen.add(n) && objects.containsKey(n) && holdsFontFile(objects.get(n), objects, seen)) return true;
        }
        return false;
    }

    /**
     * The drawing operators of a PDF's pages: its content streams, inflated where they are Flate-compressed (the
     * only filter JFreePDF writes).
     */
    static String pdfContent(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("(?s)<<(.*?)>>\\s*stream\\r?\\n").matcher(text);
        while (m.find()) {
            int start = m.end(), end = text.indexOf("endstream", start);
            byte[] data = Arrays.copyOfRange(bytes, start, end);
            if (m.group(1).contains("/FlateDecode")) {
                Inflater inflater = new Inflater();
                inflater.setInput(data);
                ByteArrayOutputStream plain = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                while (!inflater.finished()) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
                    plain.write(buffer, 0, n);
                }
                inflater.end();
                data = plain.toByteArray();
            }
            out.append(new String(data, StandardCharsets.ISO_8859_1)).append('\n');
        }
        return out.toString();
    }

    /** From figures.md, each figure's stated PNG size in pixels: name to {width, height}. */
    static Map<String, int[]> statedSizes(Path index) throws IOException {
        Map<String, int[]> out = new LinkedHashMap<>();
        String name = null;
        Pattern size = Pattern.compile("- size: .* \\((\\d+) x (\\d+) px at 300 dpi\\)");
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) name = line.substring(3).strip();
            Matcher m = size.matcher(line);
            if (m.matches()) out.put(name, new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        }
        return out;
    }
}
