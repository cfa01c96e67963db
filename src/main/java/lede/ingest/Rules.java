package lede.ingest;

import lede.io.LedeException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The cleaning rules: parsed from the documented rules file shipped as
 * {@code lede/ingest/cleaning-rules.txt}, optionally extended or replaced by the user's files.
 */
public final class Rules implements java.io.Serializable {
    public static final String DEFAULT_RESOURCE = "/lede/ingest/cleaning-rules.txt";

    public enum Kind {
        UNWRAP("unwrap", true), DATE_MARKER("date-marker", false), DROP_INLINE("drop-inline", false),
        DROP("drop", false), DROP_BLOCK("drop-block", false), LIST_ITEM("list-item", false),
        JOIN("join", false), TITLE("title", true), CREDIT("credit", false), DROP_REPEAT("drop-repeat", true),
        PUBLISHED("published", false), BOX_ITEM("box-item", false), UNGLUE("unglue", true),
        CAPTION("caption", true), NOT_ARTICLE("not-article", true);

        final String label;
        final boolean numeric;

        Kind(String label, boolean numeric) {
            this.label = label;
            this.numeric = numeric;
        }

        static Kind of(String label) {
            for (Kind kind : values()) {
                if (kind.label.equals(label)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** One rule: a pattern for the pattern kinds, a number for the numeric ones. */
    public record Rule(String name, Kind kind, Pattern pattern, int number) implements java.io.Serializable {
    }

    private final Map<String, Rule> byName;

    private Rules(Map<String, Rule> byName) {
        this.byName = byName;
    }

    /** The rules shipped with lede. */
    public static Rules defaults() {
        return new Rules(parse(DEFAULT_RESOURCE, defaultText()));
    }

    /** No rules at all: text is only normalized. */
    public static Rules none() {
        return new Rules(new LinkedHashMap<>());
    }

    /** The shipped rules file, as text (for --print-rules). */
    public static String defaultText() {
        try (InputStream in = Rules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** These rules plus the ones in {@code file}; a rule of the same name replaces the earlier one. */
    public Rules plus(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LedeException(file + ": no such rules file");
        } catch (IOException e) {
            throw new LedeException(file + ": cannot read rules: " + e.getMessage(), e);
        }
        Map<String, Rule> merged = new LinkedHashMap<>(byName);
        merged.putAll(parse(file.toString(), text));
        return new Rules(merged);
    }

    /** These rules without the named ones; an unknown name is an error (a typo would silently do nothing). */
    public Rules without(Collection<String> names) {
        Map<String, Rule> kept = new LinkedHashMap<>(byName);
        for (String name : names) {
            if (kept.remove(name) == null) {
                throw new LedeException("--no-rule " + name + ": no such rule (rules: "
                        + String.join(", ", byName.keySet()) + ")");
            }
        }
        return new Rules(kept);
    }

    public List<Rule> of(Kind kind) {
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : byName.values()) {
            if (rule.kind == kind) {
                rules.add(rule);
            }
        }
        return rules;
    }

    /** The first rule of a kind, or null when there is none. */
    public Rule first(Kind kind) {
        for (Rule rule : byName.values()) {
            if (rule.kind == kind) {
                return rule;
            }
        }
        return null;
    }

    public Collection<String> names() {
        return byName.keySet();
    }

    static Map<String, Rule> parse(String file, String text) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            String where = file + ":" + (i + 1) + ": ";
            if (parts.length < 3) {
                throw new LedeException(where + "expected NAME KIND ARGUMENT, found '" + line + "'");
            }
            Kind kind = Kind.of(parts[1].toLowerCase(Locale.ROOT));
            if (kind == null) {
                throw new LedeException(where + "unknown rule kind '" + parts[1] + "'");
            }
            rules.put(parts[0], kind.numeric
                    ? new Rule(parts[0], kind, null, number(where, parts[2]))
                    : new Rule(parts[0], kind, pattern(where, parts[2]), 0));
        }
        return rules;
    }

    private static int number(String where, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new LedeException(where + "expected a number, found '" + text + "'");
        }
    }

    private static Pattern pattern(String where, String regex) {
        try {
            return Pattern.compile(regex.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new LedeException(where + "bad pattern: " + e.getDescription() + " near index " + e.getIndex());
        }
    }
}
