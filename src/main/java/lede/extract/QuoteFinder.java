package lede.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static lede.extract.QuoteSpans.*;
import static lede.extract.QuoteWords.*;
import static lede.extract.SpeakerResolver.*;
import static lede.extract.QuoteAttribution.*;
import static lede.extract.QuoteSentences.*;
import lede.extract.QuoteAttribution.Attribution;

/**
 * Finds direct quotations in news text and who said them, with rules written for news: a reporting verb
 * next to the quote ("…,” he said", "Zelensky said “…”", "…,’ the official, Dmytro Zhyvytskyi, said"),
 * "according to", a colon after a speaker and verb, and quotes that continue the previous speaker's.
 *
 * <p>Quote marks: “…” and straight "…", British ‘…’ (an apostrophe inside a word does not close it). A quote
 * running over several paragraphs repeats its opening mark at each paragraph and closes only at the end; a
 * quote still open at a paragraph end that does not go on is reported with {@code unclosed = true}. One or
 * two quoted words without a reporting verb are scare quotes and are not reported.
 *
 * <p>The speaker is the canonical name of an entity when the speaker words name one (or are "he"/"she" after
 * a named person), else the speaker words themselves ("the official"), else null.
 */
public final class QuoteFinder {
    /** A quotation with char offsets of its content (without the marks). Mention fields null when unknown. */
    public record Quote(String text, String speaker, String mentionText, int mentionStart, int mentionEnd,
                        String cue, int start, int end, boolean unclosed, boolean partial, String speakerKind) {
    }


    /** Quotes in text order, without an entity stage: names are read from runs of capitalised words. */
    public List<Quote> findWithoutEntities(String text) {
        return find(text, CapitalisedNames.capitalisedNames(text));
    }

    /** Quotes in text order, given the document's entities (UTF-16 offsets). */
    public List<Quote> find(String text, List<Entity> entities) {
        entities = entities.stream().sorted(java.util.Comparator.comparingInt(Entity::begin)).toList();
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        for (Span span : spans(text)) {
            String content = text.substring(span.start(), span.end());
            int words = countWords(content);
            Attribution a = attribution(text, span);
            if (words <= 2 && a == null) {
                continue; // scare quotes: ‘fist’, “republic”
            }
            if (words <= 5 && looksLikeTitle(content) && (a == null || !a.tight())) {
                continue; // “Saturday Night Live”, “Fox News Sunday,”
            }
            if (!startsClause(text, span)) {
                continue; // partial quotes: The country “has made dramatic changes,” he said
            }
            boolean continuation = a == null && previous != null && continues(text, previous, span);
            if (a == null && !continuation && words(text, sentenceStart(text, span.open()), span.open()).isEmpty()) {
                a = previousSentenceSpeaker(text, span);
            }
            String speaker = null;
            String mention = null;
            int ms = -1;
            int me = -1;
            String cue = null;
            if (a != null) {
                cue = a.cue();
                Resolved r = resolve(text, a, entities, previous);
                speaker = r.speaker;
                mention = r.mention;
                ms = r.start;
                me = r.end;
            } else if (continuation) {
                speaker = previous.speaker();
            }
            Quote q = new Quote(content, speaker, mention, ms, me, cue, span.start(), span.end(), span.unclosed(), false,
                    speaker == null ? "unknown" : "person");
            quotes.add(q);
            previous = q;
        }
        return quotes;
    }

    /** A quote with no verb of its own that follows straight on from the previous speaker's quote. */
    private static boolean continues(String text, Quote previous, Span span) {
        int gapStart = previous.end();
        if (span.open() < gapStart) {
            return false;
        }
        String gap = text.substring(gapStart, span.open());
        // the previous quote's attribution between, in the same sentence or a short one: "…,” he said. “…"
        if (previous.speaker() == null) {
            return false;
        }
        String[] paragraphs = PARAGRAPH_BREAK.split(gap, -1);
        if (paragraphs.length == 1) {
            return countWords(gap) <= 60; // same paragraph
        }
        // the next paragraph opens with the quote, after nothing but the previous one's attribution
        return paragraphs.length == 2 && countWords(paragraphs[0]) <= 10 && paragraphs[1].isBlank();
    }

}

