package lede.ingest;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternLiteralsTest {
    private static String trigger(String regex) {
        PatternLiterals literals = PatternLiterals.of(regex);
        return literals == null ? null : literals.toString();
    }

    @Test
    void readsTheLiteralEveryMatchHolds() {
        assertEquals("mail", trigger("(?:your )?e-?mail(?: address)?:?"));
        assertEquals("via|for|/", trigger("[\\p{L} ]{1,60}+(?:via|for|/) ?\\d*"));
        assertEquals("getty images|alamy", trigger("(?=.{0,60}+$)(?:.{0,40}\\b(?:via|-) ?)?(?:getty images|alamy(?: stock photo)?)"));
        assertEquals("b]c", trigger("[^]a]+b\\]c\\s"));
        assertEquals("ab", trigger("(?i:ab)x?|(?<n>ab)+"));
    }

    @Test
    void noTriggerWhereAMatchNeedsNoLiteral() {
        assertNull(trigger("(?-i)\\p{Lu}[^.!?:]{2,90}"));
        assertNull(trigger("share|.*[,;]"));
        assertNull(trigger("(?:abc)?\\d+"));
        assertNull(trigger("\\x41bc"));
        assertNull(trigger("(a)\\1"));
        assertNull(trigger("\\Qa.b\\E"));
    }

    /** The trigger ignores case as the rules' patterns do (CASE_INSENSITIVE | UNICODE_CASE): never a missed match. */
    @Test
    void findsTheLiteralInAnyCase() {
        Rules rules = Rules.defaults();
        Rules.Rule credit = rules.of(Rules.Kind.DROP).stream().filter(r -> r.name().equals("photo-credit")).findFirst().orElseThrow();
        PatternLiterals literals = PatternLiterals.of(credit.pattern().pattern());
        assertEquals("photo|image|picture|foto|/AP|/AFP|/Reuters|/EPA|/Getty Images|/Anadolu|/Shutterstock|/Alamy"
                + "|Getty Images|Shutterstock|Alamy", literals.toString());
        for (String caption : new String[] {"GETTY IMAGES", "Soldiers in Kherson/ap", "PICTURE: Jane Doe", "Stock/Alamy"}) {
            assertTrue(credit.pattern().matcher(caption).matches(), caption);
            assertTrue(literals.foundIn(caption), caption);
        }
        Pattern kelvin = Pattern.compile("park", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        assertTrue(kelvin.matcher("par\u212a").matches()); // the Kelvin sign is a K to such a pattern
        assertTrue(PatternLiterals.of("park").foundIn("a par\u212a"));
        assertFalse(literals.foundIn("Russian forces shelled the town on Monday, officials said."));
        assertFalse(literals.foundIn("Japan's capital")); // an agency's name counts after its slash only

    }
}
