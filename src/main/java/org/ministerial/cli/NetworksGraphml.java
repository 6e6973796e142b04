package org.ministerial.cli;

import org.ministerial.batch.AnalysisSchema.Networks;
import org.ministerial.gui.PressureSources;
import org.ministerial.model.ActorSpec;
import org.ministerial.model.Coalition;
import org.ministerial.model.Country;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * A finished run's networks as GraphML (Brandes et al., "GraphML progress report", Graph Drawing 2001), for Gephi,
 * igraph and networkx: governments and NGO networks as nodes; edges for coalition co-membership at the end
 * ({@code kind = coalition}, weight 1, undirected in meaning) and for the pressure each NGO network puts on each
 * government ({@code kind = pressure}, weight {@code sum_k |pressure|}, from network to government: the same
 * quantity the GUI draws, {@link PressureSources}).
 */
final class NetworksGraphml {
    private NetworksGraphml() {
    }

    /** Writes {@code networks.graphml} into {@code folder} (atomically) from a finished model. */
    static Path write(Negotiation model, Path folder) throws IOException {
        Path target = folder.resolve(Networks.FILE), temp = folder.resolve("." + Networks.FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            write(model, x);
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException(target + ": cannot write GraphML: " + e.getMessage(), e);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static void write(Negotiation model, XMLStreamWriter x) throws XMLStreamException {
        NegotiationSpec spec = model.getSpec();
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("graphml");
        x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        key(x, Networks.TYPE, "node", "string");
        key(x, Networks.NAME, "node", "string");
        key(x, Networks.CAPABILITY, "node", "double");
        key(x, Networks.ACCEPTED, "node", "boolean");
        key(x, Networks.WALKED_OUT, "node", "boolean");
        key(x, Networks.COALITION, "node", "string");
        key(x, Networks.ORGANISATIONS, "node", "int");
        key(x, Networks.KIND, "edge", "string");
        key(x, Networks.WEIGHT, "edge", "double");
        x.writeStartElement("graph");
        x.writeAttribute("id", spec.name());
        x.writeAttribute("edgedefault", "directed");
        Country[] countries = model.countries();
        for (Country c : countries) {
            ActorSpec a = spec.actors().get(c.index());
            x.writeStartElement("node");
            x.writeAttribute("id", a.code());
            data(x, Networks.TYPE, Networks.GOVERNMENT);
            data(x, Networks.NAME, a.name());
            data(x, Networks.CAPABILITY, number(a.capability()));
            data(x, Networks.ACCEPTED, Boolean.toString(c.getAccepts()));
            data(x, Networks.WALKED_OUT, Boolean.toString(c.getWalkedOut()));
            data(x, Networks.COALITION, c.getCoalition().equals("none") ? "" : c.getCoalition());
            x.writeEndElement();
        }
        PressureSources hubs = null;
        if (!spec.ngos().isEmpty()) {
            hubs = new PressureSources(model);
            hubs.update();
            for (int h = 0; h < hubs.hubs(); h++) {
                x.writeStartElement("node");
                x.writeAttribute("id", Networks.networkId(hubs.name(h)));
                data(x, Networks.TYPE, Networks.NGO_NETWORK);
                data(x, Networks.NAME, hubs.name(h));
                data(x, Networks.ORGANISATIONS, Integer.toString(hubs.size(h)));
                x.writeEndElement();
            }
        }
        int edge = 0;
        for (Coalition c : model.coalitions()) {
            List<Integer> members = c.members();
            for (int i = 0; i < members.size(); i++)
                for (int j = i + 1; j < members.size(); j++)
                    edge(x, "e" + edge++, spec.actors().get(members.get(i)).code(),
                            spec.actors().get(members.get(j)).code(), Networks.COALITION_TIE, 1);
        }
        if (hubs != null)
            for (int h = 0; h < hubs.hubs(); h++)
                for (Country c : countries) {
                    double w = hubs.on(h, c.index());
                    if (w > 0)
                        edge(x, "e" + edge++, Networks.networkId(hubs.name(h)), c.getCode(), Networks.PRESSURE_TIE, w);
                }
        x.writeEndElement();
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
    }

    private static void key(XMLStreamWriter x, String name, String on, String type) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", name);
        x.writeAttribute("for", on);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void edge(XMLStreamWriter x, String id, String from, String to, String kind, double weight)
            throws XMLStreamException {
        x.writeStartElement("edge");
        x.writeAttribute("id", id);
        x.writeAttribute("source", from);
        x.writeAttribute("target", to);
        data(x, Networks.KIND, kind);
        data(x, Networks.WEIGHT, number(weight));
        x.writeEndElement();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
