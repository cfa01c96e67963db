package lede.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shipped titles.txt holds exactly the three word lists that EntityResolver and QuoteFinder had inline. */
class TitleWordsTest {
    @Test
    void theThreeListsAreTheOnesExtractUsedToHave() {
        assertEquals(Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam",
                "president", "gen.", "general", "prof.", "professor"), TitleWords.NAME_PREFIXES);
        assertEquals(Set.of("president", "secretary", "minister", "governor", "dr",
                "mr", "mrs", "ms", "gen", "general", "senator", "sen", "rep", "adviser", "advisor", "spokesman",
                "spokeswoman", "spokesperson", "mayor", "chancellor", "prime", "premier", "king", "queen", "prince",
                "lt", "col", "colonel", "commander", "chief", "director", "deputy", "foreign", "defense", "defence",
                "state", "us", "u.s.", "former", "presidential", "regional", "sir", "lord", "judge", "rev", "pope",
                "candidate", "leader", "speaker", "ambassador", "representative", "resident", "officer", "official",
                "of", "the", "ukrainian", "russian", "american", "british"), TitleWords.SPEAKER_TITLES);
        assertEquals(Set.copyOf(List.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "St", "Lt", "Col", "Gov",
                "Sgt", "Capt", "Maj", "Prof", "Jr", "Sr", "Rev", "Del", "Gov", "Sens", "Reps")), TitleWords.ABBREVIATIONS);
    }
}
