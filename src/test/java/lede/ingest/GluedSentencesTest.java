package lede.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The glued-sentence rule: the space after a sentence end goes back, never inside names, numbers or addresses. */
class GluedSentencesTest {
    private static String unglue(String text, int expectedCount) {
        int[] count = {0};
        String out = GluedSentences.unglue(text, 2, count);
        assertEquals(expectedCount, count[0], text);
        return out;
    }

    @Test
    void sentenceEndsGluedToACapitalisedWordGetTheirSpaceBack() {
        assertEquals("talks with Angela Merkel. It was the first", unglue("talks with Angela Merkel.It was the first", 1));
        assertEquals("met Lukashenko. He said", unglue("met Lukashenko.He said", 1));
        assertEquals("\"We must act for any Member State.\" He was reckless",
                unglue("\"We must act for any Member State.\"He was reckless", 1));
        // a straight quote after an even number of them opens the next sentence
        assertEquals("near Lublin. \"The government promised\"", unglue("near Lublin.\"The government promised\"", 1));
        assertEquals("“We will win.” Zelensky said. Then? Nothing! Again. “Yes",
                unglue("“We will win.”Zelensky said.Then?Nothing!Again.“Yes", 5));
        assertEquals("Минск. Он сказал", unglue("Минск.Он сказал", 1));
    }

    @Test
    void abbreviationsInitialsNumbersAndAddressesStayAsTheyAre() {
        for (String text : new String[]{
                "the U.S. Army and the U.K.", "a Ph.D. in physics", "J.R.R. Tolkien", "rose 3.5 percent",
                "Sign up at Onet.pl today", "see bbc.co.uk for more", "built on ASP.NET Core",
                "the class java.util.List is", "mail john.Smith@example.com now", "at https://example.com/News.Today",
                "at www.Example.com today", "Spectrum Bancorp <smbs.St> said", "St.Petersburg and Mr.Smith", "it ended.", "No.1 seed", "Yes.no"}) {
            assertEquals(text, unglue(text, 0));
        }
    }
}
