package lede.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page nested deeper than {@link HtmlArticle#MAX_DEPTH} is flattened below that depth, keeping its text: the
 * selectors then do bounded work per element, so a deep page costs about what a flat one of its size does.
 */
class HtmlDepthTest {
    static int maxDepth(Element root) {
        int max = 0;
        java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            int depth = depths.pop();
            max = Math.max(max, depth);
            for (Element child : e.children()) {
                stack.push(child);
                depths.push(depth + 1);
            }
        }
        return max;
    }

    /** Deep shapes: one chain, a chain with text at every level, nested articles, and mixed inline/blocks. */
    static String page(String shape, int depth) {
        return switch (shape) {
            case "chain" -> "<html><body>" + "<div>".repeat(depth) + "deep" + "</div>".repeat(depth) + "</body></html>";
            case "text" -> "<html><body>" + "<div>w ".repeat(depth) + "deep" + "</div>".repeat(depth) + "</body></html>";
            case "articles" -> "<html><body>" + "<article><time datetime=\"2022-09-01\">t</time>".repeat(depth)
                    + "deep" + "</article>".repeat(depth) + "</body></html>";
            default -> "<html><body><main>" + "<section><span><p>a</p>".repeat(depth) + "deep"
                    + "</span></section>".repeat(depth) + "</main></body></html>";
        };
    }

    @Test
    void noElementIsDeeperThanTheLimitAndNoTextIsLost() {
        for (String shape : new String[]{"chain", "text", "articles", "mixed"}) {
            for (int depth : new int[]{10, 300, 5000}) {
                Document doc = Jsoup.parse(page(shape, depth));
                long words = doc.body().text().split(" ").length;
                HtmlArticle.limitDepth(doc, HtmlArticle.MAX_DEPTH);
                assertTrue(maxDepth(doc) <= HtmlArticle.MAX_DEPTH + 1, shape + " " + depth + ": " + maxDepth(doc));
                assertEquals(words, doc.body().text().split(" ").length, shape + " " + depth);
                assertTrue(doc.body().text().endsWith("deep"), shape + " " + depth);
            }
        }
    }

    @Test
    void aShallowPageIsUnchanged() {
        Document doc = Jsoup.parse(page("mixed", 50));
        String before = doc.outerHtml();
        HtmlArticle.limitDepth(doc, HtmlArticle.MAX_DEPTH);
        assertEquals(before, doc.outerHtml());
    }

    /** A hang guard, not a timing test: 100,000 levels (about 1 MB) took minutes before the limit. */
    @Test
    void aPageNested100000DeepFinishes() {
        for (String shape : new String[]{"chain", "articles"}) {
            HtmlArticle article = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> HtmlArticle.parse(page(shape, 100_000), null));
            assertTrue(article.text().strip().endsWith("deep"), shape);
        }
    }
}
