package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CooccurReportTest {
    /*
     * Documents of entities.ndjson as sets of names, N = 4, with the surname merge of stats entities: in e1
     * "Zelensky" is the document's Volodymyr Zelensky; in e2 (no full name there) the corpus's one Zelensky:
     *   e1 {Kherson, Volodymyr Zelensky}  e2 {Biden, Kherson, Volodymyr Zelensky}
     *   e3 {Hunter Biden, Joe Biden, Kherson, Kyiv} e4 {Volodymyr Zelensky}
     * Kherson in 3, Volodymyr Zelensky in 3: together in e1 and e2 -> joint 2, pmi = log2(2 * 4 / (3 * 3)).
     * Every other pair once (8 pairs); the first by name: Biden+Kherson, pmi log2(1 * 4 / (1 * 3)) = log2(4/3).
     */
    @Test
    void documentPairs() {
        List<ObjectNode> rows = Fixtures.rows("entities.ndjson", new CooccurReport(false, Set.of(), 1, 0));
        assertEquals(9, rows.size());
        Fixtures.assertRow("{\"a\":\"Kherson\",\"b\":\"Volodymyr Zelensky\",\"joint\":2,\"count_a\":3,\"count_b\":3}",
                "pmi", Math.log(8.0 / 9) / Math.log(2), rows.get(0));
        Fixtures.assertRow("{\"a\":\"Biden\",\"b\":\"Kherson\",\"joint\":1,\"count_a\":1,\"count_b\":3}",
                "pmi", 0.41503749927884376, rows.get(1));
        assertEquals(1, Fixtures.rows("entities.ndjson", new CooccurReport(false, Set.of(), 2, 0)).size());
    }

    /*
     * sentences.ndjson, N = 4 sentences:
     *   s1 "Zelensky visited Kherson." {Kherson, Volodymyr Zelensky}
     *      "Biden stayed in Kyiv 🇺🇦." {Joe Biden, Kyiv}  (the flag is two code points: offsets past it are
     *      code points, Kherson at 51 and Kyiv at 63, not UTF-16 units)
     *      "Kherson and Kyiv are in Ukraine." {Kherson, Kyiv, Ukraine}
     *   s2 "Kyiv is quiet." {Kyiv}
     * Kherson in 2 sentences, Kyiv 3, the others 1. Pairs (joint 1 each), by name:
     *   Joe Biden+Kyiv     log2(1*4/(1*3)) = log2(4/3)  =  0.415037...
     *   Kherson+Kyiv       log2(1*4/(2*3)) = log2(2/3)  = -0.584962...
     *   Kherson+Ukraine    log2(1*4/(2*1)) = 1
     *   Kherson+Volodymyr Zelensky         = 1
     *   Kyiv+Ukraine       log2(1*4/(3*1)) = log2(4/3)
     */
    @Test
    void sentencePairs() {
        List<ObjectNode> rows = Fixtures.rows("sentences.ndjson", new CooccurReport(true, Set.of(), 1, 0));
        assertEquals(5, rows.size());
        Fixtures.assertRow("{\"a\":\"Joe Biden\",\"b\":\"Kyiv\",\"joint\":1,\"count_a\":1,\"count_b\":3}",
                "pmi", 0.41503749927884376, rows.get(0));
        Fixtures.assertRow("{\"a\":\"Kherson\",\"b\":\"Kyiv\",\"joint\":1,\"count_a\":2,\"count_b\":3}",
                "pmi", -0.5849625007211563, rows.get(1));
        Fixtures.assertRow("{\"a\":\"Kherson\",\"b\":\"Ukraine\",\"joint\":1,\"count_a\":2,\"count_b\":1}",
                "pmi", 1.0, rows.get(2));
        Fixtures.assertRow("{\"a\":\"Kherson\",\"b\":\"Volodymyr Zelensky\",\"joint\":1,\"count_a\":2,\"count_b\":1}",
                "pmi", 1.0, rows.get(3));
        Fixtures.assertRow("{\"a\":\"Kyiv\",\"b\":\"Ukraine\",\"joint\":1,\"count_a\":3,\"count_b\":1}",
                "pmi", 0.41503749927884376, rows.get(4));
    }

    @Test
    void gexfNetwork() {
        // persons only, by document, surnames merged: e1 {Volodymyr Zelensky}, e2 {Biden, Volodymyr Zelensky},
        // e3 {Hunter Biden, Joe Biden}, e4 {Volodymyr Zelensky}; N = 4
        CooccurReport report = new CooccurReport(false, Set.of("PERSON"), 1, 0);
        Fixtures.rows("entities.ndjson", report);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.writeGexf(out);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" version="1.3">
                  <graph mode="static" defaultedgetype="undirected">
                    <attributes class="node">
                      <attribute id="type" title="type" type="string"/>
                      <attribute id="count" title="count" type="long"/>
                    </attributes>
                    <attributes class="edge">
                      <attribute id="pmi" title="pmi" type="double"/>
                    </attributes>
                    <nodes>
                      <node id="n0" label="Biden"><attvalues><attvalue for="type" value="PERSON"/><attvalue for="count" value="1"/></attvalues></node>
                      <node id="n1" label="Hunter Biden"><attvalues><attvalue for="type" value="PERSON"/><attvalue for="count" value="1"/></attvalues></node>
                      <node id="n2" label="Joe Biden"><attvalues><attvalue for="type" value="PERSON"/><attvalue for="count" value="1"/></attvalues></node>
                      <node id="n3" label="Volodymyr Zelensky"><attvalues><attvalue for="type" value="PERSON"/><attvalue for="count" value="3"/></attvalues></node>
                    </nodes>
                    <edges>
                      <edge id="e0" source="n0" target="n3" weight="1"><attvalues><attvalue for="pmi" value="0.4150374992788437"/></attvalues></edge>
                      <edge id="e1" source="n1" target="n2" weight="1"><attvalues><attvalue for="pmi" value="2.0"/></attvalues></edge>
                    </edges>
                  </graph>
                </gexf>
                """, out.toString(StandardCharsets.UTF_8));
    }
}
