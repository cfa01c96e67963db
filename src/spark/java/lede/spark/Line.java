package lede.spark;

import java.io.Serializable;

/**
 * One line a stage's task hands on: a document's JSON (kind DOC, with its id and where it was read, for
 * messages), a bad record's reject line ({@code {"file", "line", "reason", "record"}}, kind BAD), a record a
 * filter skipped (kind SKIP, the reason in {@code json}), a warning for stderr (kind WARN, the text in
 * {@code json}) or a document extract skipped for its language (kind LANG, the language in {@code json}; the
 * document follows as a DOC). The run prints WARN and tallies LANG lines on the driver; only DOC lines are written.
 */
record Line(Kind kind, String id, String json, String file, long line) implements Serializable {
    enum Kind { DOC, BAD, SKIP, WARN, LANG }

    static Line doc(String id, String json, String file, long line) {
        return new Line(Kind.DOC, id, json, file, line);
    }

    static Line bad(String rejectLine) {
        return new Line(Kind.BAD, null, rejectLine, null, 0);
    }

    static Line skip(String reason) {
        return new Line(Kind.SKIP, null, reason, null, 0);
    }

    static Line warn(String message) {
        return new Line(Kind.WARN, null, message, null, 0);
    }

    static Line lang(String lang) {
        return new Line(Kind.LANG, null, lang, null, 0);
    }

    boolean isDoc() {
        return kind == Kind.DOC;
    }

    Line withJson(String id, String json) {
        return new Line(kind, id, json, file, line);
    }
}
