package lede.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which input field (NDJSON key or CSV column) fills which document field. Names match case-insensitively;
 * when a record has several aliases of one role, the earlier alias in the list wins.
 */
final class FieldMap {
    enum Role { ID, TEXT, TITLE, DATE, AUTHOR, URL, LANG }

    static final Map<Role, List<String>> DEFAULT_ALIASES = Map.of(
            Role.ID, List.of("id", "_id", "doc_id", "docid", "guid", "uuid"),
            Role.TEXT, List.of("text", "body", "content", "article", "story", "full_text", "fulltext",
                    "article_text", "maintext"),
            Role.TITLE, List.of("title", "headline", "head", "heading"),
            Role.DATE, List.of("date", "published", "published_at", "publishedat", "pubdate", "pub_date",
                    "publication_date", "date_published", "datepublished", "datetime", "timestamp", "created_at"),
            Role.AUTHOR, List.of("author", "authors", "byline", "creator"),
            Role.URL, List.of("url", "link", "href", "canonical_url", "permalink"),
            Role.LANG, List.of("lang", "language", "lang_tag", "inlanguage", "locale"));

    /** A field name's role and its rank among the role's aliases (0 = preferred). */
    record Match(Role role, int rank) {
    }

    private final Map<String, Match> aliases = new HashMap<>();
    /** Field names as they appear in records (usually the same few strings) to their match. */
    private final Map<String, Match> cache = new ConcurrentHashMap<>();
    private final List<String> textAliases;

    /** {@code overrides}: a role's one field name given by an option, replacing its aliases. */
    FieldMap(Map<Role, String> overrides) {
        for (Role role : Role.values()) {
            String override = overrides.get(role);
            List<String> names = override != null ? List.of(override) : DEFAULT_ALIASES.get(role);
            for (int rank = 0; rank < names.size(); rank++) {
                aliases.putIfAbsent(names.get(rank).toLowerCase(Locale.ROOT), new Match(role, rank));
            }
        }
        String textOverride = overrides.get(Role.TEXT);
        textAliases = textOverride != null ? List.of(textOverride) : DEFAULT_ALIASES.get(Role.TEXT);
    }

    private static final Match NONE = new Match(null, Integer.MAX_VALUE);

    /** The role of a field name, or null. */
    Match match(String name) {
        Match m = cache.get(name);
        if (m == null) {
            m = aliases.getOrDefault(name.toLowerCase(Locale.ROOT), NONE);
            if (cache.size() < 10_000) {
                cache.put(name, m);
            }
        }
        return m == NONE ? null : m;
    }

    List<String> textAliases() {
        return textAliases;
    }
}
