package lede.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the element that holds a page's article text by scoring paragraphs, not sizes: each run of text of
 * 25 characters or more scores for its container (1, plus one per comma, plus one per 100 characters up to
 * 3), and for the container's ancestors at a falling rate; a container's score is then scaled by the share
 * of its text outside links and by what its class and id names say ({@link HtmlClassWords}). So the element
 * with the most paragraphs of prose wins, whatever its tag: several {@code <article>} cards, an empty
 * {@code <main>}, a layout box named "sidebar" or text separated by {@code <br>} do not mislead it.
 * Siblings of the winner are kept when they score well too, or when they come before it and hold a
 * paragraph of prose (a lead set apart from the body).
 */
final class HtmlCandidates {
    static final int MIN_RUN = 25;
    private static final int LEAD_RUN = 80;
    /** Elements whose text runs score for their parent: the text's container is the element around them. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "li", "dd", "dt", "blockquote", "h2", "h3",
            "h4", "h5", "h6", "td", "th", "figcaption");
    /** Elements that break a run of inline text. */
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "dl",
            "dt", "dd", "hr", "header", "footer", "nav", "aside", "form", "figure", "figcaption", "address",
            "center", "body", "html", "fieldset", "details", "summary");

    private final HtmlLengths lengths;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    /** The scored elements in the order they were first scored, which depends on the page only. */
    private final List<Element> scored = new ArrayList<>();
    /** The longest run of text directly in each element (outside its block children). */
    private final Map<Element, Integer> longestRun = new IdentityHashMap<>();

    private HtmlCandidates(Element body) {
        lengths = new HtmlLengths(body);
        collectRuns(body);
    }

    /** The elements to take the text from, in page order: the best container and the siblings that go with it. */
    static List<Element> choose(Element body) {
        return new HtmlCandidates(body).best(body);
    }

    private List<Element> best(Element body) {
        Element top = null;
        double topScore = 0;
        for (Element e : scored) {
            double score = finalScore(e, scores.get(e));
            if (score > topScore) {
                top = e;
                topScore = score;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> chosen = new ArrayList<>();
        boolean before = true;
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(top);
                before = false;
            } else if (!HtmlClassWords.isFurniture(sibling) && lengths.linkDensity(sibling) < 0.25) {
                Double raw = scores.get(sibling);
                boolean scoresWell = raw != null && finalScore(sibling, raw) >= threshold;
                boolean lead = before && longestProse(sibling) >= LEAD_RUN;
                if (scoresWell || lead) {
                    chosen.add(sibling);
                }
            }
        }
        return chosen;
    }

    private double finalScore(Element e, double raw) {
        return raw * (1 - lengths.linkDensity(e)) * HtmlClassWords.factor(e);
    }

    /** The longest run of text in the element or its descendants (a sibling's lead paragraph may be nested). */
    private int longestProse(Element e) {
        int best = longestRun.getOrDefault(e, 0);
        for (Element d : e.getAllElements()) {
            best = Math.max(best, longestRun.getOrDefault(d, 0));
        }
        return best;
    }

    /** Scores each run of inline text (text and inline elements between blocks) for its container and ancestors. */
    private void collectRuns(Element body) {
        for (Element e : body.getAllElements()) {
            if (lengths.isBlock(e)) {
                int run = 0;
                int commas = 0;
                for (Node child : e.childNodes()) {
                    if (child instanceof Element c && lengths.isBlock(c)) {
                        score(e, run, commas);
                        run = 0;
                        commas = 0;
                    } else {
                        String text = child instanceof TextNode t ? t.text()
                                : child instanceof Element c ? c.text() : "";
                        run += text.strip().length();
                        commas += commas(text);
                    }
                }
                score(e, run, commas);
            }
        }
    }

    private void score(Element owner, int run, int commas) {
        if (run < MIN_RUN) {
            return;
        }
        longestRun.merge(owner, run, Math::max);
        double points = 1 + commas + Math.min(run / 100, 3);
        Element container = PARAGRAPHS.contains(owner.normalName()) ? owner.parent() : owner;
        Element e = container;
        for (int level = 0; level < 5 && e != null && !e.normalName().equals("html"); level++) {
            double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
            if (!scores.containsKey(e)) {
                scored.add(e);
            }
            scores.merge(e, points * share, Double::sum);
            e = e.parent();
        }
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،' || c == '，') {
                n++;
            }
        }
        return n;
    }
}
