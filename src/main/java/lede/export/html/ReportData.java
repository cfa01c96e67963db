package lede.export.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import lede.stats.CooccurReport;
import lede.stats.CountReport;
import lede.stats.Docs;
import lede.stats.EntitiesReport;
import lede.stats.GroupKey;
import lede.stats.KeynessReport;
import lede.stats.KwicReport;
import lede.stats.QuantitiesReport;
import lede.stats.QuotesReport;
import lede.stats.Report;
import lede.stats.ReportRunner;
import lede.stats.Series;
import lede.stats.Stopwords;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The numbers of the HTML report, each section computed by the {@code lede stats} reports (the rows the page
 * shows and its CSV downloads are those rows), over documents held in memory. Each section is present only
 * when the documents have the fields it needs; what a section embeds is capped ({@link Caps}).
 */
final class ReportData {
    /** How much each section embeds at most; the page says so when a cap cut something. */
    record Caps(int entities, int mentions, int quotes, int quantities, int copies, int edges, int terms,
                int documents, int documentChars) {
        static final Caps DEFAULT = new Caps(20, 30, 2000, 2000, 2000, 150, 30, 300, 20_000);
    }

    private static final List<String[]> ENTITY_GROUPS = List.of(
            new String[]{"people", "People", "PERSON"},
            new String[]{"places", "Places", "place"},
            new String[]{"organizations", "Organizations", "ORGANIZATION"});

    private final List<ObjectNode> documents;
    private final Caps caps;
    private final ObjectNode data = Json.object();
    private MentionIndex mentionIndex;

    private ReportData(List<ObjectNode> documents, Caps caps) {
        this.documents = documents;
        this.caps = caps;
    }

    /** The data of the page: {overview, sections: {name: {...}}}. */
    static ObjectNode of(List<ObjectNode> documents, Caps caps, ObjectNode run) {
        ReportData report = new ReportData(documents, caps);
        report.build(run);
        return report.data;
    }

    /** On every core, as {@code lede stats} runs by default: keyness tokenizes every document. */
    private static List<ObjectNode> run(Iterable<ObjectNode> documents, Predicate<ObjectNode> where, Report<?> report) {
        List<ObjectNode> rows = new ArrayList<>();
        ReportRunner.run(documents.iterator(), where, report, Runtime.getRuntime().availableProcessors(), rows::add);
        return rows;
    }

    private List<ObjectNode> run(Report<?> report) {
        return run(documents, d -> true, report);
    }

    private static boolean isCopy(ObjectNode document) {
        return document.path("dup").path("of").isTextual();
    }

    private boolean any(String field) {
        for (ObjectNode d : documents) {
            JsonNode value = d.get(field);
            if (value != null && !value.isNull() && !(value.isArray() && value.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private void build(ObjectNode run) {
        ObjectNode sections = data.putObject("sections");
        List<ObjectNode> byDay = run(new CountReport(List.of("day"), false, false));
        String first = null;
        String last = null;
        long undated = 0;
        for (ObjectNode row : byDay) {
            if (row.get("day").isNull()) {
                undated = row.get("documents").asLong();
            } else {
                first = first == null ? row.get("day").asText() : first;
                last = row.get("day").asText();
            }
        }
        long copies = documents.stream().filter(ReportData::isCopy).count();
        ObjectNode overview = data.putObject("overview");
        overview.put("documents", documents.size());
        overview.put("first_date", first);
        overview.put("last_date", last);
        overview.put("undated", undated);
        overview.put("copies", copies);
        overview.set("run", run);
        overview.set("sources", rows(run(new CountReport(List.of("source"), false, false))));
        Docs.Period period = first == null ? null : periodFor(first, last);
        if (period != null) {
            timeline(sections, period);
        }
        if (any("entities")) {
            for (String[] group : ENTITY_GROUPS) {
                entities(sections, group, period);
            }
            network(sections);
        }
        if (any("quotes")) {
            quotes(sections);
        }
        if (any("quantities")) {
            QuantitySentences.section(sections, documents, caps.quantities(),
                    run(new QuantitiesReport(null, null, 0)));
        }
        if (copies > 0) {
            sections.set("copies", Copies.section(documents, caps.copies()));
        }
        if (period != null) {
            keyness(sections, period, last);
        }
        sections.set("documents", DocumentList.section(documents, caps.documents(), caps.documentChars()));
    }

    /** Days for up to ~3 months, weeks up to ~3 years, then months. */
    static Docs.Period periodFor(String first, String last) {
        long days = ChronoUnit.DAYS.between(LocalDate.parse(first), LocalDate.parse(last));
        return days <= 92 ? Docs.Period.DAY : days <= 3 * 366 ? Docs.Period.WEEK : Docs.Period.MONTH;
    }

    private void timeline(ObjectNode sections, Docs.Period period) {
        ObjectNode section = sections.putObject("timeline");
        section.put("period", period.fieldName());
        // originals and copies as two columns: count --by PERIOD over each, filled over the whole span
        List<ObjectNode> all = run(new CountReport(List.of(period.fieldName()), true, false));
        List<ObjectNode> copyRows = run(documents, ReportData::isCopy,
                new CountReport(List.of(period.fieldName()), false, false));
        ArrayNode rows = section.putArray("rows");
        for (ObjectNode row : all) {
            if (row.get(period.fieldName()).isNull()) {
                continue;
            }
            long copies = 0;
            for (ObjectNode c : copyRows) {
                if (c.get(period.fieldName()).equals(row.get(period.fieldName()))) {
                    copies = c.get("documents").asLong();
                }
            }
            ObjectNode out = rows.addObject();
            out.set(period.fieldName(), row.get(period.fieldName()));
            out.put("originals", row.get("documents").asLong() - copies);
            out.put("copies", copies);
        }
    }

    private void entities(ObjectNode sections, String[] group, Docs.Period period) {
        Set<String> types = group[2].equals("place") ? EntitiesReport.PLACE_TYPES : Set.of(group[2]);
        List<ObjectNode> top = run(new EntitiesReport(types, Series.NONE, caps.entities(), true));
        if (top.isEmpty()) {
            return;
        }
        ObjectNode section = sections.putObject(group[0]);
        section.put("title", group[1]);
        section.put("cap", caps.entities());
        section.set("rows", rows(top));
        if (period != null) {
            section.put("period", period.fieldName());
            section.set("series", rows(run(documents, d -> Docs.day(d) != null, new EntitiesReport(types,
                    new Series(GroupKey.of(period.fieldName()), true, true), caps.entities(), true))));
        }
        ObjectNode mentions = section.putObject("mentions");
        if (mentionIndex == null) {
            mentionIndex = new MentionIndex(documents);
        }
        for (ObjectNode row : top) {
            String name = row.get("entity").asText();
            mentions.set(name, rows(run(mentionIndex.candidates(name), d -> true,
                    new KwicReport(KwicReport.Mode.ENTITY, name, 60, false, caps.mentions()))));
        }
        section.put("mentions_cap", caps.mentions());
    }

    private void network(ObjectNode sections) {
        Set<String> types = Set.of("PERSON", "ORGANIZATION");
        CooccurReport cooccur = new CooccurReport(false, types, 2, caps.edges());
        List<ObjectNode> edges = run(cooccur);
        if (edges.isEmpty()) {
            cooccur = new CooccurReport(false, types, 1, caps.edges());
            edges = run(cooccur);
        }
        if (edges.isEmpty()) {
            return;
        }
        ObjectNode section = sections.putObject("network");
        section.put("cap", caps.edges());
        section.set("rows", rows(edges));
        ByteArrayOutputStream gexf = new ByteArrayOutputStream();
        cooccur.writeGexf(gexf);
        section.put("gexf", gexf.toString(StandardCharsets.UTF_8));
    }

    private void quotes(ObjectNode sections) {
        ObjectNode section = sections.putObject("quotes");
        section.set("speakers", rows(run(new QuotesReport(null, 50))));
        section.set("rows", rows(run(QuotesReport.every(caps.quotes()))));
        section.put("total", documents.stream().mapToLong(d -> d.path("quotes").size()).sum());
        section.put("cap", caps.quotes());
    }

    private void keyness(ObjectNode sections, Docs.Period period, String last) {
        Docs.Period part = period == Docs.Period.DAY ? Docs.Period.WEEK : Docs.Period.MONTH;
        String lastPart = part.of(LocalDate.parse(last));
        Predicate<ObjectNode> target = d -> lastPart.equals(part.of(Docs.day(d)));
        Predicate<ObjectNode> reference = d -> Docs.day(d) != null && !target.test(d);
        if (documents.stream().noneMatch(reference)) {
            return;
        }
        try {
            List<ObjectNode> rows = run(new KeynessReport(target, reference, false, Stopwords.named("en"), 3.84,
                    caps.terms()));
            if (rows.isEmpty()) {
                return;
            }
            ObjectNode section = sections.putObject("keyness");
            section.put("target", part.fieldName() + " " + lastPart);
            section.put("cap", caps.terms());
            section.set("rows", rows(rows));
        } catch (lede.io.LedeException e) {
            // a part without words: no keyness to show
        }
    }

    static ArrayNode rows(List<ObjectNode> rows) {
        ArrayNode array = Json.NODES.arrayNode();
        rows.forEach(array::add);
        return array;
    }
}
