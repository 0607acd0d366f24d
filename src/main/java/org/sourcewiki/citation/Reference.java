package org.sourcewiki.citation;

import java.util.ArrayList;
import java.util.List;

/**
 * One numbered note of a page's references list. markers is how many note markers in the text point at it (0 when
 * the text was not rendered, e.g. in exports), so that the entry can link back to each, as Wikipedia's "↑ a b".
 */
public record Reference(int number, int passageNumber, String words, boolean quoted, boolean boilerplate, String href,
                        int markers) {
    public Reference(int number, int passageNumber, String words, boolean quoted, boolean boilerplate, String href) {
        this(number, passageNumber, words, quoted, boilerplate, href, 0);
    }

    /** The ids of the markers in reading order: cite-ref-{number}-1, -2… (see WikiMarkup's note markers). */
    public List<String> markerIds() {
        List<String> ids = new ArrayList<>();
        for (int k = 1; k <= markers; k++) {
            ids.add("cite-ref-" + number + "-" + k);
        }
        return ids;
    }

    /** A link from the entry back to one marker: the marker's id and the letter shown (a, b…). */
    public record BackLink(String id, String letter) {
    }

    public List<BackLink> backLinks() {
        List<BackLink> links = new ArrayList<>();
        List<String> ids = markerIds();
        for (int k = 0; k < ids.size(); k++) {
            links.add(new BackLink(ids.get(k), backLinkLetter(k)));
        }
        return links;
    }

    /** The letter of the k-th back-link (0-based) when there are several: a, b, … z, aa, ab… */
    public static String backLinkLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index; n >= 0; n = n / 26 - 1) {
            letters.insert(0, (char) ('a' + n % 26));
        }
        return letters.toString();
    }
}
