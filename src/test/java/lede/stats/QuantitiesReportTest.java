package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.extract.ExtractConfig;
import lede.extract.Extractor;
import lede.extract.Outputs;
import lede.extract.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** stats quantities on the five seeds with the quantities lede extract writes (rules only: no CoreNLP models). */
class QuantitiesReportTest {
    private static final List<ObjectNode> SEEDS = new ArrayList<>();

    @BeforeAll
    static void extractQuantities() throws IOException {
        Extractor extractor = new Extractor(ExtractConfig.defaults().withOutputs(Outputs.parse(List.of("quantities"))));
        for (Path file : Seeds.files()) {
            ObjectNode document = Seeds.document(file);
            extractor.extract(document);
            SEEDS.add(document);
        }
    }

    private static List<String> rows(Report<?> report) {
        List<ObjectNode> rows = new ArrayList<>();
        Report.run(SEEDS, report, rows::add);
        return rows.stream().map(ObjectNode::toString).toList();
    }

    /*
     * Checked against the gold rows of the seeds (quantities-gold.tsv, read by hand): 11 distances in 4 seeds
     * (000: 350 km, 80 kilometers; 001: five kilometers; 003: 25 kilometers; 004: seven), 9 troop counts in 4
     * (000: between 800 and 1,000; 002: 1,000; 003: 560; 004: thousands x2, 30,000 x2, dozens), 6 areas in 2;
     * the 6 bare counts: 001 "wounded four", "seven times the area"; 002 "approximately 300,000"; 003 "seven
     * others"; 004 "millions have been driven", "three axis".
     */
    @Test
    void oneRowPerKindAndUnit() {
        List<String> rows = rows(new QuantitiesReport(null, null, 0));
        assertEquals(List.of(
                "{\"kind\":\"DISTANCE\",\"unit\":\"km\",\"count\":11,\"documents\":4}",
                "{\"kind\":\"COUNT\",\"unit\":\"troops\",\"count\":9,\"documents\":4}",
                "{\"kind\":\"COUNT\",\"unit\":null,\"count\":6,\"documents\":4}",
                "{\"kind\":\"AREA\",\"unit\":\"km²\",\"count\":6,\"documents\":2}"), rows.subList(0, 4));
        assertEquals(33, rows.size());
    }

    /* 1,000 troops in 000 and 002; "thousands of (Russian) troops" (2,000) twice in 004: more documents first. */
    @Test
    void mostFrequentValuesOfOneUnit() {
        assertEquals(List.of(
                        "{\"kind\":\"COUNT\",\"unit\":\"troops\",\"value\":1000,\"count\":2,\"documents\":2}",
                        "{\"kind\":\"COUNT\",\"unit\":\"troops\",\"value\":2000,\"count\":2,\"documents\":1}"),
                rows(new QuantitiesReport("Troops", null, 2)));
    }

    /*
     * Seed 000 (2022-08-06, week 31): between 800 and 1,000 troops. Seed 004 (2022-09-09, week 36): thousands of
     * troops twice (2,000 each), an estimated 30,000 twice, dozens (24): 64,024. Seeds 002 and 003 have no date:
     * 1,000 and around 560. People: "Tens of thousands of people" (20,000) in 004; at least three and at least
     * five people in the undated 003.
     */
    @Test
    void oneUnitOverTime() {
        assertEquals(List.of(
                "{\"week\":\"2022-W31\",\"kind\":\"COUNT\",\"unit\":\"troops\",\"count\":2,\"sum\":1800,\"max\":1000}",
                "{\"week\":\"2022-W36\",\"kind\":\"COUNT\",\"unit\":\"troops\",\"count\":5,\"sum\":64024,\"max\":30000}",
                "{\"week\":null,\"kind\":\"COUNT\",\"unit\":\"troops\",\"count\":2,\"sum\":1560,\"max\":1000}"),
                rows(new QuantitiesReport("troops", Docs.Period.WEEK, 0)));
        assertEquals(List.of(
                "{\"week\":\"2022-W36\",\"kind\":\"COUNT\",\"unit\":\"people\",\"count\":1,\"sum\":20000,\"max\":20000}",
                "{\"week\":null,\"kind\":\"COUNT\",\"unit\":\"people\",\"count\":2,\"sum\":8,\"max\":5}"),
                rows(new QuantitiesReport("people", Docs.Period.WEEK, 0)));
    }
}
