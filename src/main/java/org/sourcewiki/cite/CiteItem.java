package org.sourcewiki.cite;

import java.time.LocalDate;
import java.util.List;
import org.sourcewiki.source.Authors;

/**
 * One thing to cite, in the terms of a CSL item (CSL 1.0.2 variables): every format (the formatted references,
 * CSL-JSON, BibTeX, RIS, the YAML of a Markdown export) is written from one of these, so they always agree.
 *
 * @param id        the citation key, accepted by Pandoc and BibTeX (ASCII letters, digits, '_' and '-')
 * @param type      the CSL item type: "entry-encyclopedia" for a wiki page, "article-newspaper" for a source
 * @param author    names exactly as stated, each kept whole as a CSL literal name (never split into given and
 *                  family names, which would be a guess), several separated by ";" ({@link #authors()}); null when
 *                  none is stated
 * @param issued    as precise as stated; null when not stated
 * @param accessed  the day the reader retrieved it (UTC); null when it does not apply
 * @param url       an absolute URL, or null when not known
 * @param version   the revision id of a wiki page, or null
 * @param language  a BCP 47 tag such as "fr", or null when undetermined
 * @param note      free text (a cited passage's words and address), or null
 */
public record CiteItem(String id, String type, String title, String containerTitle, String author, PartialDate issued,
                       LocalDate accessed, String url, String version, String language, String note) {

    public static final String ENTRY_ENCYCLOPEDIA = "entry-encyclopedia";
    public static final String ARTICLE_NEWSPAPER = "article-newspaper";

    public boolean isPage() {
        return ENTRY_ENCYCLOPEDIA.equals(type);
    }

    /**
     * Each author on its own: a source's author field may name several, separated by ";" ({@link Authors}); a page's
     * author is one person or the contributors literal, kept whole whatever it contains.
     */
    public List<String> authors() {
        if (author == null) {
            return List.of();
        }
        return isPage() ? List.of(author) : Authors.split(author);
    }
}
