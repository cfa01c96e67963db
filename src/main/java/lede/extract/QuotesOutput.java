package lede.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code quotes}: direct quotations {@code {text, speaker, speaker_kind, speaker_mention, cue, start, end}} (plus
 * {@code unclosed: true} for a quote whose closing mark never comes, {@code partial: true} for the speaker's
 * words inside the reporter's sentence), by {@link QuoteFinder}'s news rules.
 * Needs the named entities, so that a speaker gets the entity's canonical name.
 */
final class QuotesOutput implements ExtractOutput {
    private static final QuoteFinder FINDER = new QuoteFinder();

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Analysis> needs() {
        return EnumSet.of(Analysis.NAMES);
    }

    @Override
    public void addTo(ObjectNode document, AnnotatedDocument annotated) {
        ArrayNode quotes = document.putArray("quotes");
        for (QuoteFinder.Quote q : FINDER.find(annotated.text(), annotated.entities())) {
            ObjectNode node = quotes.addObject();
            node.put("text", q.text());
            node.put("speaker", q.speaker());
            node.put("speaker_kind", q.speakerKind());
            if (q.mentionText() == null) {
                node.putNull("speaker_mention");
            } else {
                ObjectNode mention = node.putObject("speaker_mention");
                mention.put("text", q.mentionText());
                mention.put("start", annotated.codePoint(q.mentionStart()));
                mention.put("end", annotated.codePoint(q.mentionEnd()));
            }
            node.put("cue", q.cue());
            node.put("start", annotated.codePoint(q.start()));
            node.put("end", annotated.codePoint(q.end()));
            if (q.unclosed()) {
                node.put("unclosed", true);
            }
            if (q.partial()) {
                node.put("partial", true);
            }
        }
    }
}
