package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * {@code stats cooccur}: pairs of entities named in the same unit (sentence or document). Per pair: the units
 * naming both ({@code joint}), the units naming each ({@code count_a}, {@code count_b}), and pointwise mutual
 * information {@code pmi = log2(joint * N / (count_a * count_b))}, N the number of units read. Names as
 * {@code stats entities} (canonical, else text), with its surname merge: a lone surname counts under the one
 * full name of its document that ends with it ({@link SurnameMerge}), and then under the one full PERSON name of
 * the corpus that ends with it; {@code a < b} in code-unit order.
 */
// Serializable: lede.spark sends each partition's report to the driver to be merged
public final class CooccurReport implements MergeableReport<List<Set<String>>, CooccurReport>, java.io.Serializable {
    private final boolean bySentence;
    private final Set<String> types;
    private final long min;
    private final int top;

    private long units;
    private final Map<String, long[]> counts = new HashMap<>();
    private final Map<String, Forms> typesByName = new HashMap<>();
    private final Map<Pair, long[]> pairs = new HashMap<>();
    private boolean merged;

    private record Pair(String a, String b) implements java.io.Serializable {
    }

    public CooccurReport(boolean bySentence, Set<String> types, long min, int top) {
        this.bySentence = bySentence;
        this.types = types;
        this.min = min;
        this.top = top;
    }

    /** The entity names of each unit; sentences without entities are empty sets (they still count in N). */
    @Override
    public List<Set<String>> prepare(ObjectNode document) {
        List<Docs.Mention> mentions = Docs.entities(document);
        SurnameMerge merge = SurnameMerge.of(mentions);
        if (!types.isEmpty()) {
            mentions.removeIf(m -> m.type() == null || !types.contains(m.type().toUpperCase(Locale.ROOT)));
        }
        if (!bySentence) {
            Set<String> names = new TreeSet<>();
            mentions.forEach(m -> names.add(merge.name(m)));
            return List.of(names);
        }
        Words.Tokens tokens = Words.tokenize(Docs.text(document));
        int[] sentenceStarts = new int[tokens.sentences()];
        int lastSentence = -1;
        for (Words.Token token : tokens.tokens()) {
            if (token.sentence() != lastSentence) {
                lastSentence = token.sentence();
                sentenceStarts[lastSentence] = token.start();
            }
        }
        List<Set<String>> units = new ArrayList<>(sentenceStarts.length);
        for (int i = 0; i < sentenceStarts.length; i++) {
            units.add(new TreeSet<>());
        }
        for (Docs.Mention mention : mentions) {
            int at = Arrays.binarySearch(sentenceStarts, mention.start());
            int sentence = at >= 0 ? at : -at - 2;
            if (sentence >= 0) {
                units.get(sentence).add(merge.name(mention));
            }
        }
        return units;
    }

    @Override
    public void add(ObjectNode document, List<Set<String>> unitNames, Consumer<ObjectNode> rows) {
        List<Docs.Mention> mentions = Docs.entities(document);
        SurnameMerge merge = SurnameMerge.of(mentions);
        for (Docs.Mention mention : mentions) {
            if (mention.type() != null) {
                typesByName.computeIfAbsent(merge.name(mention), k -> new Forms()).add(mention.type());
            }
        }
        for (Set<String> names : unitNames) {
            units++;
            List<String> sorted = new ArrayList<>(names);
            for (int i = 0; i < sorted.size(); i++) {
                counts.computeIfAbsent(sorted.get(i), k -> new long[1])[0]++;
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.computeIfAbsent(new Pair(sorted.get(i), sorted.get(j)), k -> new long[1])[0]++;
                }
            }
        }
    }

    @Override
    public boolean readsMergedNames() {
        return true;
    }

    @Override
    public void merge(CooccurReport later) {
        units += later.units;
        later.counts.forEach((name, n) -> counts.computeIfAbsent(name, k -> new long[1])[0] += n[0]);
        later.typesByName.forEach((name, forms) -> typesByName.computeIfAbsent(name, k -> new Forms()).addAll(forms));
        later.pairs.forEach((pair, n) -> pairs.computeIfAbsent(pair, k -> new long[1])[0] += n[0]);
    }

    /** One result row, before it becomes JSON. */
    public record Edge(String a, String b, long joint, long countA, long countB, double pmi) {
    }

    /**
     * Folds lone surnames into the one full PERSON name of the corpus that ends with them, as stats entities
     * does. Within a document the merge was done already, so no unit counts a name under both forms.
     */
    private void mergeSurnames() {
        Map<String, List<String>> fullBySurname = new HashMap<>();
        for (String name : counts.keySet()) {
            if (name.strip().indexOf(' ') > 0 && isPerson(name)) {
                String trimmed = name.strip();
                fullBySurname.computeIfAbsent(trimmed.substring(trimmed.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(name);
            }
        }
        Map<String, String> merges = new HashMap<>();
        for (String name : counts.keySet()) {
            List<String> full = fullBySurname.get(name.strip().toLowerCase(Locale.ROOT));
            if (name.strip().indexOf(' ') < 0 && isPerson(name) && full != null && full.size() == 1) {
                merges.put(name, full.get(0));
            }
        }
        if (merges.isEmpty()) {
            return;
        }
        merges.forEach((surname, full) -> {
            counts.get(full)[0] += counts.remove(surname)[0];
            typesByName.get(full).addAll(typesByName.remove(surname));
        });
        Map<Pair, long[]> renamed = new HashMap<>();
        pairs.forEach((pair, n) -> {
            String a = merges.getOrDefault(pair.a, pair.a);
            String b = merges.getOrDefault(pair.b, pair.b);
            Pair key = a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a);
            renamed.computeIfAbsent(key, k -> new long[1])[0] += n[0];
        });
        pairs.clear();
        pairs.putAll(renamed);
    }

    private boolean isPerson(String name) {
        Forms types = typesByName.get(name);
        return types != null && "PERSON".equals(types.best());
    }

    public List<Edge> edges() {
        if (!merged) {
            mergeSurnames();
            merged = true;
        }
        List<Edge> edges = new ArrayList<>();
        for (Map.Entry<Pair, long[]> entry : pairs.entrySet()) {
            long joint = entry.getValue()[0];
            if (joint < min) {
                continue;
            }
            String a = entry.getKey().a;
            String b = entry.getKey().b;
            long countA = counts.get(a)[0];
            long countB = counts.get(b)[0];
            edges.add(new Edge(a, b, joint, countA, countB, pmi(joint, countA, countB, units)));
        }
        Comparator<Edge> order = Comparator.comparingLong(Edge::joint).reversed()
                .thenComparing(Edge::a).thenComparing(Edge::b);
        return Top.first(edges, top, order);
    }

    public static double pmi(long joint, long countA, long countB, long units) {
        return Math.log((double) joint * units / ((double) countA * countB)) / Math.log(2);
    }

    @Override
    public void finish(Consumer<ObjectNode> rows) {
        for (Edge edge : edges()) {
            ObjectNode row = Json.object();
            row.put("a", edge.a);
            row.put("b", edge.b);
            row.put("joint", edge.joint);
            row.put("count_a", edge.countA);
            row.put("count_b", edge.countB);
            row.put("pmi", edge.pmi);
            rows.accept(row);
        }
    }

    /**
     * Writes the network as GEXF 1.3 for Gephi: a node per entity in the kept edges (label, type, count = units
     * naming it), an undirected edge per pair weighted by {@code joint}, with its {@code pmi}.
     */
    public void writeGexf(OutputStream out) {
        List<Edge> edges = edges();
        Map<String, Integer> ids = new TreeMap<>();
        for (Edge edge : edges) {
            ids.put(edge.a, 0);
            ids.put(edge.b, 0);
        }
        int next = 0;
        for (Map.Entry<String, Integer> id : ids.entrySet()) {
            id.setValue(next++);
        }
        try {
            // The JDK's own writer, not whichever the class path brings (Spark's Woodstox escapes differently).
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace("http://gexf.net/1.3");
            xml.writeAttribute("version", "1.3");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("graph");
            xml.writeAttribute("mode", "static");
            xml.writeAttribute("defaultedgetype", "undirected");
            attributes(xml, "node", new String[][]{{"type", "type", "string"}, {"count", "count", "long"}});
            attributes(xml, "edge", new String[][]{{"pmi", "pmi", "double"}});
            xml.writeCharacters("\n    ");
            xml.writeStartElement("nodes");
            for (Map.Entry<String, Integer> id : ids.entrySet()) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("node");
                xml.writeAttribute("id", "n" + id.getValue());
                xml.writeAttribute("label", xmlChars(id.getKey()));
                xml.writeStartElement("attvalues");
                Forms type = typesByName.get(id.getKey());
                attvalue(xml, "type", type == null ? "" : xmlChars(type.best()));
                attvalue(xml, "count", Long.toString(counts.get(id.getKey())[0]));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeStartElement("edges");
            int edgeId = 0;
            for (Edge edge : edges) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + edgeId++);
                xml.writeAttribute("source", "n" + ids.get(edge.a));
                xml.writeAttribute("target", "n" + ids.get(edge.b));
                xml.writeAttribute("weight", Long.toString(edge.joint));
                xml.writeStartElement("attvalues");
                attvalue(xml, "pmi", Double.toString(edge.pmi));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    /**
     * {@code text} with what XML 1.0 cannot hold at all (control characters other than tab, line feed and
     * carriage return; lone surrogates; U+FFFE, U+FFFF) replaced by U+FFFD, so Gephi can read the file.
     */
    static String xmlChars(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (pair) {
                    out.append(c).append(text.charAt(i + 1));
                } else {
                    out.append(allowed ? c : '\uFFFD');
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static void attributes(XMLStreamWriter xml, String kind, String[][] columns) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", kind);
        for (String[] column : columns) {
            xml.writeCharacters("\n      ");
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", column[0]);
            xml.writeAttribute("title", column[1]);
            xml.writeAttribute("type", column[2]);
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void attvalue(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", name);
        xml.writeAttribute("value", value);
    }
}
