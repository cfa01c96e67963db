package lede.extract;

import java.util.ArrayList;
import java.util.List;

import static lede.extract.QuoteSpans.*;
import static lede.extract.QuoteAttribution.*;
import static lede.extract.QuoteSentences.*;
import lede.extract.QuoteAttribution.Attribution;
import lede.extract.SpeakerResolver.Resolved;

/**
 * Finds quotations in news text and who said them. The seams, each testable alone: {@link QuoteSpans} pairs the
 * quote marks and {@link DashDialogue} finds dash-dialogue paragraphs; {@link QuoteAttribution} reads the
 * speaker words and reporting verb next to a quote; {@link SpeakerResolver} turns them into a name and a kind;
 * the word lists are in quote-words.txt. This class decides which spans are quotes: scare quotes and titles
 * are not, words quoted inside the reporter's sentence are a partial quote when the sentence says whose
 * they are, and a quote with no verb of its own may continue the previous speaker's.
 */
public final class QuoteFinder {
    /**
     * A quotation with char offsets of its content (without the marks). Mention fields null when unknown;
     * speakerKind: person, organization, nominal or unknown; partial: words quoted inside the reporter's sentence.
     */
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
        if (a == null && text.charAt(span.open()) == '\'') {
            return null; // straight single marks also set off subheadings and quotes within quotes: only with a verb
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

