package lede.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Class and id names are read as whole words, and a layout box is not furniture for the word in its name. */
class HtmlClassWordsTest {
    static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void namesSplitOnPunctuationDigitsAndCamelCase() {
        assertEquals(List.of("page", "layout", "with", "sidebar", "k", "lm"),
                HtmlClassWords.words("PageLayout_withSidebar__k9Lm"));
        assertEquals(List.of("elementor", "widget", "wrap"), HtmlClassWords.words("elementor-widget-wrap"));
        assertEquals(List.of("ad", "unit", "inline", "ad", "p"), HtmlClassWords.words("AdUnit_inlineAd__p0"));
    }

    @Test
    void furnitureWordsMatchWholeWordsOnly() {
        assertTrue(HtmlClassWords.isFurniture(element("<div class='share-buttons'></div>")));
        assertTrue(HtmlClassWords.isFurniture(element("<div id='comments'></div>")));
        assertTrue(HtmlClassWords.isFurniture(element("<div class='Advertisement Advertisement-inline'></div>")));
        assertTrue(HtmlClassWords.isFurniture(element("<div class='AdUnit_inlineAd__p0'></div>")));
        assertTrue(HtmlClassWords.isFurniture(element("<amp-ad width='300'></amp-ad>")));
        assertFalse(HtmlClassWords.isFurniture(element("<div class='header-loader shadow'></div>")));
        assertFalse(HtmlClassWords.isFurniture(element("<div class='post type-post tag-assessment'></div>")));
    }

    @Test
    void aFurnitureWordBeforeALayoutWordNamesALayoutBox() {
        assertFalse(HtmlClassWords.isFurniture(element("<div class='elementor-widget-wrap'></div>")));
        assertFalse(HtmlClassWords.isFurniture(element("<div class='l-sidebar-fixed'></div>")));
        assertFalse(HtmlClassWords.isFurniture(element("<div class='Page-ad-margins'></div>")));
        assertTrue(HtmlClassWords.isFurniture(element("<div class='wrap sidebar'></div>")));
    }

    @Test
    void factorsFavourArticleNamesAndNeverZeroFurniture() {
        assertEquals(1.25, HtmlClassWords.factor(element("<div class='entry-content'></div>")));
        assertEquals(1.5, HtmlClassWords.factor(element("<div itemprop='articleBody'></div>")));
        assertEquals(0.5, HtmlClassWords.factor(element("<article class='article-page--with-breadcrumb'></article>")));
        assertEquals(1.0, HtmlClassWords.factor(element("<div class='col-md-8'></div>")));
    }
}
