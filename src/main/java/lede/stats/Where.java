package lede.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.LedeException;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code --where} filter language. Grammar (keywords in any case):
 * <pre>
 *   expr       := term ("or" term)*
 *   term       := factor ("and" factor)*
 *   factor     := "not" factor | "(" expr ")" | "has" "entity" value | comparison
 *   comparison := field ("=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "~") value
 *   field      := name ("." name)*            (a document field; dots reach into objects: meta.section)
 *   value      := "double quoted" | 'single quoted' | bare word (2022-09-01, 42, Reuters; not and/or/not)
 * </pre>
 * In quoted values {@code \"}, {@code \'} and {@code \\} stand for the character; other backslashes are kept, so
 * regular expressions need no doubling.
 * <pre>
 * </pre>
 * A value shaped like an ISO date or month or year ({@code 2022}, {@code 2022-09}, {@code 2022-09-01}) compares
 * against the field cut to the same length, so {@code date = 2022-09} is all of September and
 * {@code date <= 2022-09-09} includes that whole day. Two numbers compare as numbers; anything else as strings
 * (exact and case-sensitive). {@code ~} is a case-insensitive regular-expression search. A missing or null field
 * makes every comparison false. {@code has entity "X"} is true when some entity's canonical name or surface
 * text equals X, ignoring case.
 */
public final class Where implements Predicate<ObjectNode>, java.io.Serializable {
    private static final Pattern DATE_LITERAL = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final String source;
    private final long regexBudgetMillis;
    private final transient Predicate<ObjectNode> predicate;

    private Where(String source, long regexBudgetMillis, Predicate<ObjectNode> predicate) {
        this.source = source;
        this.regexBudgetMillis = regexBudgetMillis;
        this.predicate = predicate;
    }

    /** Every document passes. */
    public static Where all() {
        return new Where("", TimedRegex.DEFAULT_BUDGET_MILLIS, document -> true);
    }

    /** Parses an expression; a {@link LedeException} names the column (1-based) of the first error. */
    public static Where parse(String expression) {
        return parse(expression, TimedRegex.DEFAULT_BUDGET_MILLIS);
    }

    /** Parses an expression whose {@code ~} patterns may each search a document for {@code regexBudgetMillis}. */
    public static Where parse(String expression, long regexBudgetMillis) {
        if (expression == null || expression.isBlank()) {
            return all();
        }
        return new Where(expression, regexBudgetMillis, new Parser(expression, regexBudgetMillis).parseAll());
    }

    /** Serialized as its expression, parsed again when read (lede.spark ships keyness's parts to executors). */
    private Object writeReplace() {
        return new Expression(source, regexBudgetMillis);
    }

    private record Expression(String source, long regexBudgetMillis) implements java.io.Serializable {
        private Object readResolve() {
            return parse(source, regexBudgetMillis);
        }
    }

    @Override
    public boolean test(ObjectNode document) {
        return predicate.test(document);
    }

    @Override
    public String toString() {
        return source;
    }

    /** The value at a dotted path, or null when missing or JSON null. */
    static JsonNode field(ObjectNode document, String path) {
        JsonNode node = document;
        for (String part : path.split("\\.", -1)) {
            node = node.get(part);
            if (node == null || node.isNull()) {
                return null;
            }
        }
        return node;
    }

    private enum Kind { WORD, STRING, OP, OPEN, CLOSE, END }

    private record Token(Kind kind, String text, int column) {
    }

    private static final class Parser {
        private final String text;
        private final long regexBudgetMillis;
        private int pos;
        private Token current;

        Parser(String text, long regexBudgetMillis) {
            this.text = text;
            this.regexBudgetMillis = regexBudgetMillis;
            advance();
        }

        Predicate<ObjectNode> parseAll() {
            Predicate<ObjectNode> result = expr();
            if (current.kind != Kind.END) {
                throw error(current.column, "unexpected " + describe(current) + ", expected and, or or the end");
            }
            return result;
        }

        private Predicate<ObjectNode> expr() {
            Predicate<ObjectNode> left = term();
            while (isKeyword("or")) {
                advance();
                Predicate<ObjectNode> l = left;
                Predicate<ObjectNode> r = term();
                left = d -> l.test(d) || r.test(d);
            }
            return left;
        }

        private Predicate<ObjectNode> term() {
            Predicate<ObjectNode> left = factor();
            while (isKeyword("and")) {
                advance();
                Predicate<ObjectNode> l = left;
                Predicate<ObjectNode> r = factor();
                left = d -> l.test(d) && r.test(d);
            }
            return left;
        }

        private Predicate<ObjectNode> factor() {
            if (isKeyword("not")) {
                advance();
                Predicate<ObjectNode> inner = factor();
                return d -> !inner.test(d);
            }
            if (current.kind == Kind.OPEN) {
                Token open = current;
                advance();
                Predicate<ObjectNode> inner = expr();
                if (current.kind != Kind.CLOSE) {
                    throw error(current.column, "expected ) to close the ( at column " + open.column
                            + ", found " + describe(current));
                }
                advance();
                return inner;
            }
            if (isKeyword("has")) {
                advance();
                if (!isKeyword("entity")) {
                    throw error(current.column, "expected entity after has, found " + describe(current));
                }
                advance();
                String name = value("has entity").text;
                return d -> hasEntity(d, name);
            }
            return comparison();
        }

        private Predicate<ObjectNode> comparison() {
            if (current.kind != Kind.WORD) {
                throw error(current.column, "expected a field name, not, has or (, found " + describe(current));
            }
            String field = current.text;
            advance();
            if (current.kind != Kind.OP) {
                throw error(current.column, "expected a comparison (= != < <= > >= ~) after " + field
                        + ", found " + describe(current));
            }
            String op = current.text;
            advance();
            Token value = value(op);
            if (op.equals("~")) {
                TimedRegex pattern;
                try {
                    pattern = new TimedRegex(Pattern.compile(value.text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                            "--where " + field + " ~", regexBudgetMillis);
                } catch (PatternSyntaxException e) {
                    throw error(value.column, "bad regular expression: " + e.getDescription());
                }
                return d -> {
                    JsonNode v = field(d, field);
                    return v != null && pattern.find(v.asText(), Docs.id(d));
                };
            }
            return compare(field, op, value.text);
        }

        private Token value(String after) {
            if ((current.kind != Kind.WORD && current.kind != Kind.STRING)
                    || isKeyword("and") || isKeyword("or") || isKeyword("not")) {
                throw error(current.column, "expected a value after " + after + ", found " + describe(current)
                        + (current.kind == Kind.WORD ? " (quote it to mean the word)" : ""));
            }
            Token value = current;
            advance();
            return value;
        }

        private boolean isKeyword(String word) {
            return current.kind == Kind.WORD && current.text.equalsIgnoreCase(word);
        }

        private void advance() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            int column = pos + 1;
            if (pos >= text.length()) {
                current = new Token(Kind.END, "", column);
                return;
            }
            char c = text.charAt(pos);
            if (c == '(' || c == ')') {
                pos++;
                current = new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), column);
            } else if (c == '"' || c == '\'') {
                StringBuilder value = new StringBuilder();
                pos++;
                while (true) {
                    if (pos >= text.length()) {
                        throw error(column, "string not closed: missing " + c);
                    }
                    char d = text.charAt(pos++);
                    if (d == c) {
                        break;
                    }
                    // \" or \' or \\ stand for the character; other backslashes stay (regular expressions)
                    if (d == '\\' && pos < text.length() && (text.charAt(pos) == c || text.charAt(pos) == '\\')) {
                        d = text.charAt(pos++);
                    }
                    value.append(d);
                }
                current = new Token(Kind.STRING, value.toString(), column);
            } else if (c == '=' || c == '!' || c == '<' || c == '>' || c == '~') {
                int start = pos++;
                if (pos < text.length() && text.charAt(pos) == '=' && c != '~') {
                    pos++;
                }
                String op = text.substring(start, pos);
                if (op.equals("!")) {
                    throw error(column, "expected != ");
                }
                current = new Token(Kind.OP, op.equals("==") ? "=" : op, column);
            } else {
                int start = pos;
                while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))
                        && "()\"'=!<>~".indexOf(text.charAt(pos)) < 0) {
                    pos++;
                }
                current = new Token(Kind.WORD, text.substring(start, pos), column);
            }
        }

        private static String describe(Token token) {
            return switch (token.kind) {
                case END -> "the end";
                case STRING -> "\"" + token.text + "\"";
                default -> "'" + token.text + "'";
            };
        }

        private LedeException error(int column, String message) {
            return new LedeException("--where column " + column + ": " + message + " in: " + text);
        }
    }

    private static Predicate<ObjectNode> compare(String field, String op, String literal) {
        boolean dateLike = DATE_LITERAL.matcher(literal).matches();
        Double number = dateLike ? null : parseNumber(literal);
        return document -> {
            JsonNode node = field(document, field);
            if (node == null) {
                return false;
            }
            int order;
            if (number != null && (node.isNumber() || parseNumber(node.asText()) != null)) {
                order = Double.compare(node.isNumber() ? node.asDouble() : parseNumber(node.asText()), number);
            } else {
                String value = node.asText();
                if (dateLike && value.length() > literal.length() && DATE_LITERAL.matcher(
                        value.substring(0, literal.length())).matches()) {
                    value = value.substring(0, literal.length());
                }
                order = value.compareTo(literal);
            }
            return switch (op) {
                case "=" -> order == 0;
                case "!=" -> order != 0;
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                default -> order >= 0; // ">="
            };
        };
    }

    private static Double parseNumber(String text) {
        if (text.isEmpty() || !(Character.isDigit(text.charAt(0)) || text.charAt(0) == '-'
                || text.charAt(0) == '+' || text.charAt(0) == '.')) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean hasEntity(ObjectNode document, String name) {
        JsonNode entities = document.get("entities");
        if (entities == null || !entities.isArray()) {
            return false;
        }
        for (JsonNode entity : entities) {
            if (name.equalsIgnoreCase(entity.path("canonical").asText(""))
                    || name.equalsIgnoreCase(entity.path("text").asText(""))) {
                return true;
            }
        }
        return false;
    }
}
