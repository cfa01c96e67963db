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
import static lede.extract.QuoteAttribution.*;
import static lede.extract.QuoteSentences.*;
import lede.extract.QuoteAttribution.Attribution;
import lede.extract.SpeakerResolver.Resolved;

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
        List<Span> spans = new ArrayList<>(spans(text));
        spans.addAll(DashDialogue.spans(text));
        spans.sort(java.util.Comparator.comparingInt(Span::open));
        SpeakerResolver resolver = new SpeakerResolver(text, entities, spans);
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        int lastEnd = -1;
        for (Span span : spans) {
            if (span.open() < lastEnd) {
                continue; // a dash paragraph inside a quote that runs on
            }
            Quote q = quote(text, span, previous, resolver);
            if (q != null) {
                quotes.add(q);
                previous = q;
                lastEnd = span.close();
            }
        }
        return quotes;
    }

    /** The quote of one span, or null when it is none (scare quotes, titles, quoted terms with no speaker). */
    private static Quote quote(String text, Span span, Quote previous, SpeakerResolver resolver) {
        String content = text.substring(span.start(), span.end());
        int words = countWords(content);
        Attribution a = attribution(text, span);
        boolean partial = false;
        if (!span.dash() && !startsClause(text, span)) {
            // words quoted inside the reporter's sentence: the speaker's own when the sentence says whose
            if (looksLikeTitle(content) || labelled(text, span)) {
                return null;
            }
            a = a != null ? a : sentenceAttribution(text, span);
            partial = true;
        } else if (words <= 2 && a == null) {
            return null; // scare quotes: ‘fist’, “republic”
        } else if (words <= 5 && looksLikeTitle(content) && (a == null || !a.tight())) {
            return null; // “Saturday Night Live”, “Fox News Sunday,”
        }
        boolean continuation = !partial && a == null && previous != null && continues(text, previous, span)
                && !(span.dash() && text.substring(previous.end(), span.open()).contains("\n")); // Q&A alternates
        if (!partial && a == null && !continuation && words(text, sentenceStart(text, span.open()), span.open()).isEmpty()) {
            a = previousSentenceSpeaker(text, span);
        }
        Resolved r = Resolved.UNKNOWN;
        String cue = null;
        if (a != null) {
            cue = a.cue();
            r = resolver.resolve(a, previous);
        } else if (continuation) {
            r = new Resolved(previous.speaker(), previous.speakerKind(), null, -1, -1);
        }
        if (partial && r.speaker() == null || span.dash() && a == null && !continuation) {
            return null; // a quoted term with no speaker; a dash paragraph no one says (a list, a question)
        }
        return new Quote(content, r.speaker(), r.mention(), r.start(), r.end(), cue, span.start(), span.end(),
                span.unclosed(), partial, r.kind());
    }

    private static final java.util.regex.Pattern WHAT_X_CALLS = java.util.regex.Pattern.compile(
            "\\bwhat\\s+[\\p{L}’'. -]{1,50}?\\s+(?:call|calls|called|dubs|dubbed|terms|termed)\\s+(?:(?:it|its|their|his|her|the|a|an)\\s+)?$");

    /** A quoted label rather than someone's words: the so-called “republic”, a newspaper dubbed “…”. */
    private static boolean labelled(String text, Span span) {
        if (WHAT_X_CALLS.matcher(text.substring(Math.max(0, span.open() - 80), span.open())).find()) {
            return true; // what Moscow calls its “special military operation”
        }
        List<Word> ws = words(text, Math.max(0, span.open() - 40), span.open());
        if (ws.isEmpty()) {
            return false;
        }
        String last = ws.get(ws.size() - 1).lower();
        return last.equals("so-called") || last.equals("dubbed") || last.equals("named") || last.equals("titled")
                || last.equals("headlined") || last.equals("newspaper") || last.equals("word") || last.equals("term");
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

