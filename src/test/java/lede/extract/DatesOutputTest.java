package lede.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates through CoreNLP and the date rules, on sentences written for the purpose. */
class DatesOutputTest {
    private static final Extractor VAGUE = new Extractor(
            ExtractConfig.defaults().withOutputs(Outputs.withVagueDates(Outputs.parse(List.of("dates")))));

    /** "text=value" for each date of a one-text document dated {@code date}. */
    private static List<String> dates(Extractor extractor, String text, String date) {
        ObjectNode document = Json.object();
        document.put("date", date);
        document.put("text", text);
        extractor.extract(document);
        List<String> found = new ArrayList<>();
        for (JsonNode d : document.get("dates")) {
            found.add(d.get("text").asText() + "=" + d.get("value").asText() + (d.has("vague") ? " vague" : ""));
        }
        return found;
    }

    private static List<String> dates(String text, String date) {
        return dates(SharedExtractor.EXTRACTOR, text, date);
    }

    @Test
    void aWeekdayInThePastTenseIsInThePast() {
        // Saturday 2022-02-12; SUTime alone says 2022-02-18
        assertEquals(List.of("Friday=2022-02-11"), dates("The US said on Friday an invasion could start.", "2022-02-12"));
        assertEquals(List.of("Friday=2022-02-18"), dates("The talks will resume on Friday in Geneva.", "2022-02-12"));
        assertEquals(List.of("next Tuesday=2022-02-15"), dates("Ministers meet again next Tuesday.", "2022-02-12"));
        assertEquals(List.of("Monday=2022-02-14"), dates("Ministers meet on Monday in Brussels.", "2022-02-12"));
        assertEquals(List.of("Thursday=2022-02-10"), dates("On Thursday, the Kremlin denied the report.", "2022-02-12"));
    }

    @Test
    void aMonthAndDayWithoutAYearIsPlacedByTenseOrNearness() {
        assertEquals(List.of("April 5=2022-04-05"), dates("Elections are planned for April 5.", "2022-03-20"));
        assertEquals(List.of("April 5=2021-04-05"), dates("The treaty was signed on April 5.", "2022-03-20"));
        assertEquals(List.of("Jan. 20=2017-01-20"), dates("Obama leaves office on Jan. 20.", "2016-09-27"));
        assertEquals(List.of("Dec. 24=2021-12-24"), dates("Prices rose on Dec. 24.", "2022-03-01"));
    }

    @Test
    void raceTimesAndVagueReferencesAreLeftOut() {
        assertEquals(List.of(), dates("Verstappen set the fastest lap in 1:18.9 ahead of Hamilton.", "2022-02-12"));
        assertEquals(List.of("10:30 a.m.=2022-02-12T10:30"), dates("The meeting opened at 10:30 a.m. in Kyiv.", "2022-02-12"));
        String vague = "In the past, such talks failed, and the future is unclear.";
        assertEquals(List.of(), dates(vague, "2022-02-12"));
        assertEquals(List.of("the past=PAST_REF vague", "the future=FUTURE_REF vague"), dates(VAGUE, vague, "2022-02-12"));
    }
}
