package lede.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FineTypeLookupTest {
    @Test
    void listPatternsExpandToTheLiteralsTheyMatch() {
        assertEquals(List.of("u.s."), FineTypeLookup.literals("u\\.s\\."));
        assertEquals(List.of("Calif", "Calif."), FineTypeLookup.literals("Calif\\.?"));
        assertEquals(List.of("PA", "Pa"), FineTypeLookup.literals("P[Aa]"));
        assertEquals(List.of(), FineTypeLookup.literals("[A-Z][a-zA-Z]+ activist"));
        assertEquals(List.of("kherson"), FineTypeLookup.literals("kherson"));
    }

    @Test
    void placesAndNationalitiesFollowCoreNlpsOverwriteRules() {
        FineTypeLookup lookup = FineTypeLookup.get();
        assertEquals("COUNTRY", lookup.fineType("U.S.", "LOCATION"));
        assertEquals("STATE_OR_PROVINCE", lookup.fineType("Calif.", "LOCATION"));
        assertEquals("CITY", lookup.fineType("Kherson", "LOCATION"));
        assertEquals("NATIONALITY", lookup.fineType("Ukrainian", "MISC"));
        assertNull(lookup.fineType("Kherson", "PERSON"), "a CITY entry overwrites only the types it names");
        assertNull(lookup.fineType("Kyiv", "LOCATION"), "not in CoreNLP's lists");
        assertEquals("NATIONALITY", lookup.untaggedType(List.of("Ukrainian")));
        assertNull(lookup.untaggedType(List.of("ukrainian")), "untagged words must be capitalised");
        assertNull(lookup.untaggedType(List.of("Kherson")), "a CITY never overwrites an untagged word");
    }

    @Test
    void cachedListsAreTheParsedOnesAndADamagedCacheIsParsedAgain(@TempDir Path dir) throws IOException {
        ModelCache cache = new ModelCache(dir);
        FineTypeLookup parsed = new FineTypeLookup(cache);
        FineTypeLookup cached = new FineTypeLookup(cache);
        assertFalse(parsed.fromCache);
        assertTrue(cached.fromCache);
        assertEquals(parsed.cased, cached.cased);
        assertEquals(parsed.caseless, cached.caseless);
        assertEquals("COUNTRY", cached.fineType("U.S.", "LOCATION"));
        assertNull(cached.fineType("Kherson", "PERSON"));

        Path file = dir.resolve("fine-types.lede-cache");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 3] ^= 0x20;
        Files.write(file, bytes);
        FineTypeLookup again = new FineTypeLookup(cache);
        assertFalse(again.fromCache);
        assertEquals(parsed.caseless, again.caseless);
        assertTrue(new FineTypeLookup(cache).fromCache, "written anew");
    }
}
