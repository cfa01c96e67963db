package lede.stats;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whatever an entity is called, the GEXF file parses as XML 1.0, every node present, odd characters as U+FFFD. */
class GexfHostileNamesTest {
    /** Every character XML 1.0 forbids or treats specially, each in a name, and characters it must keep. */
    static List<String> hostileNames() {
        List<String> names = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) {
            names.add("N" + c + "x");
        }
        for (char c : new char[]{0x7F, 0x85, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFE, 0xFFFF, '&', '<', '>', '"', '\''}) {
            names.add("N" + c + "x");
        }
        names.add("N\uDFFF\uD800x"); // low then high: two lone surrogates, not a pair
        names.add("N\uD83C\uDDFA\uD83C\uDDE6x"); // a flag: two proper pairs
        names.add("Київ ]]> <!-- --> &amp;");
        return names;
    }

    static String expectedLabel(String name) {
        // attribute values normalise tab, line feed and carriage return to spaces when parsed
        return CooccurReport.xmlChars(name).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    @Test
    void theFileParsesAndKeepsEveryNode() throws Exception {
        List<String> names = hostileNames();
        List<ObjectNode> documents = new ArrayList<>();
        for (String name : names) {
            ObjectNode document = Json.object();
            document.put("id", "d" + documents.size());
            document.put("text", "(entities only)");
            ArrayNode entities = document.putArray("entities");
            entities.addObject().put("text", name).put("type", "PERSON\u0001").put("canonical", name);
            entities.addObject().put("text", "Kyiv").put("type", "LOCATION").put("canonical", "Kyiv");
            documents.add(document);
        }
        CooccurReport report = new CooccurReport(false, Set.of(), 1, 0);
        ReportRunner.run(documents.iterator(), d -> true, report, 1, row -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.writeGexf(out);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
        NodeList nodes = xml.getElementsByTagName("node");
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            labels.add(((Element) nodes.item(i)).getAttribute("label"));
        }
        Set<String> expected = new HashSet<>();
        names.forEach(name -> expected.add(expectedLabel(name)));
        expected.add("Kyiv");
        assertEquals(names.size() + 1, nodes.getLength());
        assertEquals(expected, labels);
        assertEquals(names.size(), xml.getElementsByTagName("edge").getLength());
    }

    @Test
    void allowedCharactersAreKeptAndOnlyForbiddenOnesReplaced() {
        assertEquals("a\tb\nc\rd", CooccurReport.xmlChars("a\tb\nc\rd"));
        assertEquals("\uFFFD\uFFFD\uFFFD", CooccurReport.xmlChars("\u0000\u001F\uFFFE"));
        assertEquals("\uD83C\uDDFA \uFFFD \uFFFD", CooccurReport.xmlChars("\uD83C\uDDFA \uD800 \uDC00"));
        assertEquals("\u007F\u0085\uE000\uFFFD", CooccurReport.xmlChars("\u007F\u0085\uE000\uFFFD"));
    }
}
