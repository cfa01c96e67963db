package lede.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The corpus pass on names alone: gather, decide, rename. */
class CorpusNamesTest {
    private static CorpusNames.Rewrites decide(AliasTable aliases, Object... nameTypeCount) {
        CorpusNames names = new CorpusNames(aliases);
        for (int i = 0; i < nameTypeCount.length; i += 3) {
            names.add((String) nameTypeCount[i], (String) nameTypeCount[i + 1], (Integer) nameTypeCount[i + 2]);
        }
        return names.rewrites();
    }

    @Test
    void spellingsOfOneNameMeetUnderTheUsualOne() {
        CorpusNames.Rewrites r = decide(AliasTable.empty(),
                "NATO", "ORGANIZATION", 310, "Nato", "ORGANIZATION", 140,
                "KYIV", "LOCATION", 3, "Kyiv", "CITY", 20,
                "Aleksandr Lukashenko", "PERSON", 48, "Alexander Lukashenko", "PERSON", 35,
                "Aleksander Lukashenko", "PERSON", 7, "Alaxandr Lukashenko", "PERSON", 6, "Lukashenko", "PERSON", 60);
        assertEquals("NATO", r.of("Nato", "ORGANIZATION"));
        assertEquals("NATO", r.of("NATO", "ORGANIZATION"));
        assertEquals("Kyiv", r.of("KYIV", "LOCATION"));
        assertEquals("Kyiv", r.of("KYIV", "CITY"));
        for (String name : List.of("Alexander Lukashenko", "Aleksander Lukashenko", "Alaxandr Lukashenko", "Lukashenko")) {
            assertEquals("Aleksandr Lukashenko", r.of(name, "PERSON"), name);
        }
        assertEquals("KYIV", r.of("KYIV", "PERSON"), "type groups do not meet");
    }

    @Test
    void theAliasTableChoosesTheSpelling() {
        CorpusNames.Rewrites r = decide(AliasTable.shipped(),
                "Aleksandr Lukashenko", "PERSON", 48, "Alexander Lukashenko", "PERSON", 35,
                "Anthony Blinken", "PERSON", 3, "Antony Blinken", "PERSON", 2,
                "U.S.", "LOCATION", 30, "United States", "LOCATION", 10, "America", "LOCATION", 4,
                "Russian Federation", "LOCATION", 2, "Kubyansk", "LOCATION", 1, "Kupiansk", "LOCATION", 1,
                "Defense Ministry", "ORGANIZATION", 4, "Ministry of Defence", "ORGANIZATION", 2);
        assertEquals("Alexander Lukashenko", r.of("Aleksandr Lukashenko", "PERSON"));
        assertEquals("Antony Blinken", r.of("Anthony Blinken", "PERSON"));
        assertEquals("United States", r.of("U.S.", "LOCATION"));
        assertEquals("United States", r.of("America", "COUNTRY"));
        assertEquals("Russia", r.of("Russian Federation", "COUNTRY"));
        assertEquals("Kupiansk", r.of("Kubyansk", "CITY"));
        assertEquals("Ministry of Defense", r.of("Defense Ministry", "ORGANIZATION"));
        assertEquals("Ministry of Defense", r.of("Ministry of Defence", "ORGANIZATION"));
    }

    @Test
    void aLoneSurnameJoinsTheOnePersonItEndsEvenWithFragmentsAround() {
        CorpusNames.Rewrites r = decide(AliasTable.empty(),
                "Putin", "PERSON", 172, "Vladimir Putin", "PERSON", 300, "Vladimir] Putin", "PERSON", 1,
                "Vladimir) Putin", "PERSON", 1, "Vladamir Putin", "PERSON", 2,
                "Vladimir Vladimirovich Putin", "PERSON", 1);
        for (String name : List.of("Putin", "Vladimir] Putin", "Vladimir) Putin", "Vladamir Putin",
                "Vladimir Vladimirovich Putin")) {
            assertEquals("Vladimir Putin", r.of(name, "PERSON"), name);
        }
    }

    @Test
    void peopleWhoShareASurnameStayApart() {
        CorpusNames.Rewrites r = decide(AliasTable.empty(),
                "Joe Biden", "PERSON", 40, "Hunter Biden", "PERSON", 12, "Biden", "PERSON", 30,
                "Olena Zelenska", "PERSON", 3, "Volodymyr Zelensky", "PERSON", 30,
                "Ivan Ivanov", "PERSON", 2, "Ivan Ivanova", "PERSON", 2,
                "Alexander Smith", "PERSON", 2, "Alexandra Smith", "PERSON", 2,
                "Kharkiv", "LOCATION", 5, "Kharkiv", "ORGANIZATION", 2);
        assertEquals("Biden", r.of("Biden", "PERSON"), "40 against 12 is not five times");
        assertEquals("Hunter Biden", r.of("Hunter Biden", "PERSON"));
        assertEquals("Olena Zelenska", r.of("Olena Zelenska", "PERSON"));
        assertEquals("Ivan Ivanova", r.of("Ivan Ivanova", "PERSON"));
        assertEquals("Alexandra Smith", r.of("Alexandra Smith", "PERSON"));
        assertEquals("Alexander Smith", r.of("Alexander Smith", "PERSON"));
        assertEquals("Kharkiv", r.of("Kharkiv", "ORGANIZATION"));
    }

    @Test
    void aDominantPersonTakesTheLoneSurname() {
        CorpusNames.Rewrites r = decide(AliasTable.empty(),
                "Joe Biden", "PERSON", 60, "Hunter Biden", "PERSON", 12, "Biden", "PERSON", 30);
        assertEquals("Joe Biden", r.of("Biden", "PERSON"));
        assertEquals("Hunter Biden", r.of("Hunter Biden", "PERSON"));
    }

    @Test
    void theUsersAliasesWinAndTheResultDoesNotDependOnOrder() throws Exception {
        AliasTable mine = AliasTable.empty().plus(new ByteArrayInputStream(
                "Kubiansk\tKupiansk\tLOCATION\n".getBytes(StandardCharsets.UTF_8)), "mine.tsv");
        CorpusNames one = new CorpusNames(mine);
        CorpusNames two = new CorpusNames(mine);
        List<String> names = new ArrayList<>(List.of("Kubiansk", "Kupiansk", "KUPIANSK"));
        for (String name : names) {
            one.add(name, "LOCATION", 1);
        }
        java.util.Collections.reverse(names);
        for (String name : names) {
            two.add(name, "LOCATION", 1);
        }
        for (String name : names) {
            assertEquals("Kupiansk", one.rewrites().of(name, "CITY"));
            assertEquals("Kupiansk", two.rewrites().of(name, "CITY"));
        }
    }

    @Test
    void documentsAreRenamedInPlaceEntitiesAndSpeakers() throws Exception {
        ObjectNode first = (ObjectNode) Json.MAPPER.readTree("{\"entities\":[{\"text\":\"Putin\",\"type\":\"PERSON\","
                + "\"canonical\":\"Putin\"}],\"quotes\":[{\"speaker\":\"Putin\"}]}");
        ObjectNode second = (ObjectNode) Json.MAPPER.readTree("{\"entities\":[{\"text\":\"Vladimir Putin\","
                + "\"type\":\"PERSON\",\"canonical\":\"Vladimir Putin\"},{\"text\":\"NATO\",\"type\":\"ORGANIZATION\"}]}");
        try (CorpusRenaming renamed = CorpusRenaming.of(List.of(first, second).iterator(), AliasTable.empty())) {
            assertEquals("{\"entities\":[{\"text\":\"Putin\",\"type\":\"PERSON\",\"canonical\":\"Vladimir Putin\"}],"
                    + "\"quotes\":[{\"speaker\":\"Vladimir Putin\"}]}", renamed.next().toString());
            assertEquals(second.toString(), renamed.next().toString());
            assertEquals(false, renamed.hasNext());
        }
    }
}
