package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code stats entities}: per entity (its canonical name, else its text) the mentions, documents, first and
 * last date, and the surface variants. A one-word PERSON that is the surname of exactly one multi-word PERSON
 * in the corpus is counted under the full name; documents that name both are counted once (we keep, per
 * surname and full name, how many documents name both). Types: an entity's type is its most frequent one.
 */
// Serializable: lede.spark sends each partition's report to the driver to be merged
public final class EntitiesReport implements MergeableReport<List<Docs.Mention>, EntitiesReport>, java.io.Serializable {
    /** {@code --type place}: the CoreNLP types that name places. */
    public static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private final Set<String> types;
    private final Series series;
    private final int top;
    private final boolean merge;

    private final Map<String, Entity> entities = new HashMap<>();
    /** "surname\0full name" -> documents naming both (overall). */
    private final Map<String, Long> bothOverall = new HashMap<>();
    /** period -> entity -> counts, and period -> "surname\0full" -> documents naming both. */
    private final Map<String, Map<String, long[]>> byPeriod = new HashMap<>();
    private final Map<String, Map<String, Long>> bothByPeriod = new HashMap<>();
    private final Map<String, Long> periodDocuments = new HashMap<>();

    /**
     * @param types  entity types to count (upper case), or empty for all
     * @param series grouped: one row per group and entity (wide: a row per group, a column of mentions per entity)
     * @param top    keep the top entities by mentions (0: all)
     * @param merge  fold lone surnames into the one full name that ends with them
     */
    public EntitiesReport(Set<String> types, Series series, int top, boolean merge) {
        this.types = types;
        this.series = series;
        this.top = top;
        this.merge = merge;
    }

    private static final class Entity implements java.io.Serializable {
        final String name;
        final Forms types = new Forms();
        final Forms variants = new Forms();
        long mentions;
        long documents;
        String firstDate;
        String lastDate;

        Entity(String name) {
            this.name = name;
        }

        void addDate(String day) {
            if (day != null) {
                firstDate = firstDate == null || day.compareTo(firstDate) < 0 ? day : firstDate;
                lastDate = lastDate == null || day.compareTo(lastDate) > 0 ? day : lastDate;
            }
        }
    }

    @Override
    public List<Docs.Mention> prepare(ObjectNode document) {
        List<Docs.Mention> mentions = Docs.entities(document);
        if (!types.isEmpty()) {
            mentions.removeIf(m -> m.type() == null || !types.contains(m.type().toUpperCase(Locale.ROOT)));
        }
        return mentions;
    }

    @Override
    public void add(ObjectNode document, List<Docs.Mention> mentions, Consumer<ObjectNode> rows) {
        String day = Docs.dayString(document);
        String periodKey = series.grouped() ? series.by().of(document) : null;
        if (series.grouped()) {
            periodDocuments.merge(nullKey(periodKey), 1L, Long::sum);
        }
        Map<String, Long> inDocument = new LinkedHashMap<>();
        for (Docs.Mention mention : mentions) {
            Entity entity = entities.computeIfAbsent(mention.name(), Entity::new);
            entity.mentions++;
            entity.variants.add(mention.text());
            entity.types.add(mention.type() == null ? "" : mention.type());
            inDocument.merge(mention.name(), 1L, Long::sum);
        }
        Map<String, long[]> periodCounts = !series.grouped() ? null
                : byPeriod.computeIfAbsent(nullKey(periodKey), k -> new HashMap<>());
        for (Map.Entry<String, Long> named : inDocument.entrySet()) {
            Entity entity = entities.get(named.getKey());
            entity.documents++;
            entity.addDate(day);
            if (periodCounts != null) {
                long[] counts = periodCounts.computeIfAbsent(named.getKey(), k -> new long[2]);
                counts[0] += named.getValue();
                counts[1]++;
            }
        }
        if (merge) {
            countDocumentsNamingBoth(inDocument.keySet(), periodKey);
        }
    }

    private void countDocumentsNamingBoth(Set<String> names, String periodKey) {
        for (String one : names) {
            if (one.indexOf(' ') >= 0) {
                continue;
            }
            for (String full : names) {
                if (full.indexOf(' ') >= 0 && surname(full).equalsIgnoreCase(one)) {
                    bothOverall.merge(one + '\0' + full, 1L, Long::sum);
                    if (series.grouped()) {
                        bothByPeriod.computeIfAbsent(nullKey(periodKey), k -> new HashMap<>())
                                .merge(one + '\0' + full, 1L, Long::sum);
                    }
                }
            }
        }
    }

    private static String surname(String fullName) {
        String trimmed = fullName.strip();
        return trimmed.substring(trimmed.lastIndexOf(' ') + 1);
    }

    // HashMap keys may be null, but a marker keeps the intent visible when reading the maps.
    private static final String NO_DATE = "\0no date";

    private static String nullKey(String key) {
        return key == null ? NO_DATE : key;
    }

    private static String fromKey(String key) {
        return NO_DATE.equals(key) ? null : key;
    }

    /** Surname -> full name, for each lone surname that ends exactly one multi-word PERSON. */
    private Map<String, String> merges() {
        Map<String, String> merges = new HashMap<>();
        if (!merge) {
            return merges;
        }
        Map<String, List<String>> fullBySurname = new HashMap<>();
        for (Entity entity : entities.values()) {
            if (entity.name.strip().indexOf(' ') > 0 && "PERSON".equals(entity.types.best())) {
                fullBySurname.computeIfAbsent(surname(entity.name).toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(entity.name);
            }
        }
        for (Entity entity : entities.values()) {
            if (entity.name.indexOf(' ') < 0 && "PERSON".equals(entity.types.best())) {
                List<String> full = fullBySurname.get(entity.name.toLowerCase(Locale.ROOT));
                if (full != null && full.size() == 1) {
                    merges.put(entity.name, full.get(0));
                }
            }
        }
        return merges;
    }

    @Override
    public boolean readsMergedNames() {
        return merge;
    }

    @Override
    public void merge(EntitiesReport later) {
        later.entities.forEach((name, theirs) -> {
            Entity entity = entities.computeIfAbsent(name, Entity::new);
            entity.mentions += theirs.mentions;
            entity.documents += theirs.documents;
            entity.types.addAll(theirs.types);
            entity.variants.addAll(theirs.variants);
            entity.addDate(theirs.firstDate);
            entity.addDate(theirs.lastDate);
        });
        later.bothOverall.forEach((pair, n) -> bothOverall.merge(pair, n, Long::sum));
        later.byPeriod.forEach((key, counts) -> {
            Map<String, long[]> mine = byPeriod.computeIfAbsent(key, k -> new HashMap<>());
            counts.forEach((name, c) -> {
                long[] to = mine.computeIfAbsent(name, k -> new long[2]);
                to[0] += c[0];
                to[1] += c[1];
            });
        });
        later.bothByPeriod.forEach((key, pairs) -> {
            Map<String, Long> mine = bothByPeriod.computeIfAbsent(key, k -> new HashMap<>());
            pairs.forEach((pair, n) -> mine.merge(pair, n, Long::sum));
        });
        later.periodDocuments.forEach((key, n) -> periodDocuments.merge(key, n, Long::sum));
    }

    @Override
    public void finish(Consumer<ObjectNode> rows) {
        Map<String, String> merges = merges();
        for (Map.Entry<String, String> m : merges.entrySet()) {
            Entity surname = entities.remove(m.getKey());
            Entity full = entities.get(m.getValue());
            full.mentions += surname.mentions;
            full.documents += surname.documents - bothOverall.getOrDefault(m.getKey() + '\0' + m.getValue(), 0L);
            full.variants.addAll(surname.variants);
            full.types.addAll(surname.types);
            full.addDate(surname.firstDate);
            full.addDate(surname.lastDate);
            for (Map.Entry<String, Map<String, long[]>> p : byPeriod.entrySet()) {
                long[] from = p.getValue().remove(m.getKey());
                if (from != null) {
                    long[] to = p.getValue().computeIfAbsent(m.getValue(), k -> new long[2]);
                    long both = bothByPeriod.getOrDefault(p.getKey(), Map.of())
                            .getOrDefault(m.getKey() + '\0' + m.getValue(), 0L);
                    to[0] += from[0];
                    to[1] += from[1] - both;
                }
            }
        }
        List<Entity> ranked = Top.first(entities.values(), top, ORDER);
        if (!series.grouped()) {
            for (Entity entity : ranked) {
                ObjectNode row = Json.object();
                row.put("entity", entity.name);
                row.put("type", typeOf(entity));
                row.put("mentions", entity.mentions);
                row.put("documents", entity.documents);
                row.put("first_date", entity.firstDate);
                row.put("last_date", entity.lastDate);
                row.put("variants", String.join("; ", entity.variants.ranked()));
                rows.accept(row);
            }
            return;
        }
        List<String> keys = series.keys(byPeriod.keySet().stream().map(EntitiesReport::fromKey).toList());
        if (series.wide()) {
            series.writeWide(keys, ranked.stream().map(e -> e.name).toList(), (key, name) -> {
                long[] counts = byPeriod.getOrDefault(nullKey(key), Map.of()).get(name);
                return counts == null ? 0 : counts[0];
            }, rows);
            return;
        }
        record PeriodRow(String period, Entity entity, long mentions, long documents) {
        }
        boolean filled = series.fill() && series.by().period() != null;
        for (String key : keys) {
            Map<String, long[]> inPeriod = byPeriod.getOrDefault(nullKey(key), Map.of());
            List<PeriodRow> periodRows = new ArrayList<>();
            for (Entity entity : ranked) {
                long[] counts = inPeriod.get(entity.name);
                if (counts != null || filled && key != null) {
                    periodRows.add(new PeriodRow(key, entity, counts == null ? 0 : counts[0],
                            counts == null ? 0 : counts[1]));
                }
            }
            periodRows.sort(Comparator.comparingLong(PeriodRow::mentions).reversed()
                    .thenComparing(Comparator.comparingLong(PeriodRow::documents).reversed())
                    .thenComparing(r -> r.entity.name));
            long documents = periodDocuments.getOrDefault(nullKey(key), 0L);
            for (PeriodRow p : periodRows) {
                ObjectNode row = Json.object();
                row.put(series.by().name(), p.period);
                row.put("entity", p.entity.name);
                row.put("type", typeOf(p.entity));
                row.put("mentions", p.mentions);
                row.put("documents", p.documents);
                row.put("share", documents == 0 ? 0.0 : (double) p.documents / documents);
                rows.accept(row);
            }
        }
    }

    private static String typeOf(Entity entity) {
        String type = entity.types.best();
        return type == null || type.isEmpty() ? null : type;
    }

    private static final Comparator<Entity> ORDER = Comparator.comparingLong((Entity e) -> e.mentions).reversed()
            .thenComparing(Comparator.comparingLong((Entity e) -> e.documents).reversed())
            .thenComparing(e -> e.name);
}
