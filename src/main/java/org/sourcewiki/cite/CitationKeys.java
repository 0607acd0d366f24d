package org.sourcewiki.cite;

import java.text.Normalizer;

/**
 * Citation keys that Pandoc ("@key": letters, digits, '_' and internal punctuation) and BibTeX (no spaces, braces,
 * commas, quotes, '#', '%' or '=') both accept. A key is built only from what never changes for the thing cited,
 * so the same URL gives the same key tomorrow: a page revision's key holds its revision id.
 */
public final class CitationKeys {
    private static final int MAX_STEM = 60;

    private CitationKeys() {
    }

    /** "Assimi_Goïta", revision 412 gives "Assimi_Goita-rev412"; a title in another script gives "page-rev412". */
    public static String page(String pageSlug, long revisionId) {
        String stem = ascii(pageSlug);
        return (stem.isEmpty() ? "page" : stem) + "-rev" + revisionId;
    }

    /** A source slug is already short ASCII; it is folded all the same, so that any slug gives a valid key. */
    public static String source(String sourceSlug) {
        String stem = ascii(sourceSlug);
        return stem.isEmpty() ? "source" : stem;
    }

    /** Accents dropped (NFD, then combining marks removed), every other run of characters outside [A-Za-z0-9-] one '_'. */
    static String ascii(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String stem = folded.replaceAll("[^A-Za-z0-9-]+", "_").replaceAll("^[_-]+|[_-]+$", "");
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM).replaceAll("[_-]+$", "");
        }
        return stem;
    }
}
