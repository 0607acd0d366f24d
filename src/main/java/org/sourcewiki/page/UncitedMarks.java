package org.sourcewiki.page;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Marks, in a preview's HTML, the paragraphs that make a claim and cite nothing (see
 * {@link org.sourcewiki.markup.UncitedClaims}): each such top-level paragraph gets the class "uncited" and a short
 * flag in the reader's language after its text. Paragraphs are recognised by their text (white space folded), so
 * the marks do not depend on how other blocks render.
 */
final class UncitedMarks {
    private UncitedMarks() {
    }

    /** The HTML with flagged paragraphs; flag is the words shown (already translated), escaped here. */
    static String mark(String html, List<String> claims, String flag) {
        if (claims.isEmpty()) {
            return html;
        }
        Set<String> wanted = new HashSet<>();
        claims.forEach(claim -> wanted.add(fold(claim)));
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element paragraph : document.body().children()) {
            if (paragraph.normalName().equals("p") && wanted.contains(fold(paragraph.text()))) {
                paragraph.addClass("uncited");
                paragraph.appendElement("span").addClass("uncited-flag").text(flag);
            }
        }
        return document.body().html();
    }

    private static String fold(String text) {
        return text.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }
}
