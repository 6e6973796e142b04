package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code run --graphml}: the run's networks as GraphML that an XML parser reads, agreeing with runs.csv. */
class GraphmlTest {
    @TempDir
    Path tmp;

    @Test
    void theNetworksOfTheRunReportedAreWritten() throws Exception {
        CliHarness cli = new CliHarness();
        Path out = tmp.resolve("r");
        assertEquals(0, cli.run("run", "scenarios/cancun-2003.yaml", "--seed", "2", "--graphml", "--out",
                out.toString()), cli.err.toString());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(out.resolve("networks.graphml").toFile());
        NodeList nodes = doc.getElementsByTagName("node"), edges = doc.getElementsByTagName("edge");
        int governments = 0, networks = 0;
        Set<String> rejected = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            String type = data(n, "type");
            if (type.equals("government")) {
                governments++;
                if (data(n, "accepted").equals("false")) rejected.add(n.getAttribute("id"));
            } else if (type.equals("ngo_network")) networks++;
        }
        assertEquals(131, governments);
        assertTrue(networks > 0);
        int coalition = 0, pressure = 0;
        for (int i = 0; i < edges.getLength(); i++) {
            String kind = data((Element) edges.item(i), "kind");
            if (kind.equals("coalition")) coalition++;
            if (kind.equals("pressure")) pressure++;
        }
        assertTrue(coalition > 0 && pressure > 0, coalition + " coalition and " + pressure + " pressure edges");
        // the graph is of the run that runs.csv reports: the same governments rejected the final text
        List<String> rows = org.ministerial.TableText.readLines(out.resolve("rejections.csv.gz"));
        Set<String> rejecters = new java.util.HashSet<>();
        for (String row : rows.subList(1, rows.size())) rejecters.add(row.split(",")[1]);
        assertEquals(rejecters, rejected);
    }

    private static String data(Element node, String key) {
        NodeList d = node.getElementsByTagName("data");
        for (int i = 0; i < d.getLength(); i++) {
            Element e = (Element) d.item(i);
            if (e.getAttribute("key").equals(key)) return e.getTextContent();
        }
        return "";
    }
}
