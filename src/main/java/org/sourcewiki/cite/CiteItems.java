package org.sourcewiki.cite;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.sourcewiki.page.Titles;
import org.sourcewiki.source.LanguageGuess;
import org.sourcewiki.source.SourceSummary;
import org.sourcewiki.source.StoredPassage;

/**
 * Builds the CSL item of a page revision, a source or a passage of a source. Pure: the caller reads the database.
 * Nothing is invented: a field the article does not state stays empty, a partial date keeps its precision, a
 * supplied title keeps its square brackets (the librarians' mark for a title not found in the work itself), and a
 * date inferred from the text is said to be so in the item's note.
 */
public final class CiteItems {
    /**
     * The note of a source whose date was inferred from the text: CSL, BibLaTeX and RIS have no mark for a supplied
     * date, so the item keeps the date (readers sort and filter by it) and says in its note that it was inferred.
     */
    public static final String DATE_INFERRED = "Date inferred from the text; the article states no date of publication.";
    private final String wikiName;
    private final String publicUrl;

    /** publicUrl without a trailing slash, as Config gives it. */
    public CiteItems(String wikiName, String publicUrl) {
        this.wikiName = wikiName;
        this.publicUrl = publicUrl;
    }

    /** Someone who saved a revision; system accounts (the seed importer) are not people and never named. */
    public record Contributor(String name, boolean system) {
    }

    /**
     * What is cited of a page: one revision, with everyone who had saved a revision of the page up to it.
     *
     * @param createdAt when the revision was saved; its UTC day is the item's "issued"
     */
    public record PageRevision(String slug, String title, long revisionId, OffsetDateTime createdAt, String body,
                               List<Contributor> contributors) {
    }

    public String wikiName() {
        return wikiName;
    }

    public String publicUrl() {
        return publicUrl;
    }

    /** The absolute permalink of a revision: {PUBLIC_URL}/wiki/{slug}?rev={id}. */
    public String permalink(String slug, long revisionId) {
        return publicUrl + "/wiki/" + citedSegment(slug) + "?rev=" + revisionId;
    }

    /**
     * A slug as it is printed in references: besides what every link encodes, the sub-delimiters of RFC 3986
     * (! $ & ' ( ) * + , ; = : @) and the tilde are percent-encoded too. The address is the same; but reference
     * managers, citation processors and Pandoc's Markdown read a quote, a $, a * or a ~ in printed text as
     * typography, so it must not be there.
     */
    public static String citedSegment(String slug) {
        StringBuilder out = new StringBuilder();
        for (char c : Titles.encodeSegment(slug).toCharArray()) {
            if ("!$&'()*+,;=:@~".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public String sourceAddress(String sourceSlug) {
        return publicUrl + "/sources/" + sourceSlug;
    }

    /**
     * A revision as an encyclopedia entry of the wiki. The author is the page's one author when a single person wrote
     * every revision up to this one, else contributorsLiteral (e.g. "Sourcewiki contributors", in the reader's
     * language), as MediaWiki's "Cite this page" does.
     */
    public CiteItem page(PageRevision revision, LocalDate accessed, String contributorsLiteral) {
        List<String> people = revision.contributors().stream().map(Contributor::name).distinct().toList();
        boolean soleAuthor = people.size() == 1 && revision.contributors().stream().noneMatch(Contributor::system);
        String language = LanguageGuess.guess(revision.title() + "\n" + revision.body());
        return new CiteItem(
                CitationKeys.page(revision.slug(), revision.revisionId()),
                CiteItem.ENTRY_ENCYCLOPEDIA,
                revision.title(),
                wikiName,
                soleAuthor ? people.get(0) : contributorsLiteral,
                PartialDate.of(revision.createdAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()),
                accessed,
                permalink(revision.slug(), revision.revisionId()),
                String.valueOf(revision.revisionId()),
                "und".equals(language) ? null : language,
                null);
    }

    /** An imported article, with exactly what it states: publisher as container title, author and date if stated. */
    public CiteItem source(SourceSummary source) {
        String title = source.title();
        if (source.titleSupplied() && !(title.startsWith("[") && title.endsWith("]"))) {
            title = "[" + title + "]";
        }
        return new CiteItem(
                CitationKeys.source(source.slug()),
                CiteItem.ARTICLE_NEWSPAPER,
                title,
                blankToNull(source.publisher()),
                blankToNull(source.author()),
                PartialDate.parse(source.published()).orElse(null),
                null,
                blankToNull(source.url()),
                null,
                blankToNull(source.language()) == null || "und".equals(source.language()) ? null : source.language(),
                source.dateInferred() ? DATE_INFERRED : null);
    }

    /** The passage's words and address; the item to cite it with is {@link #passageItem}. */
    public CitedPassage passage(SourceSummary source, StoredPassage passage) {
        return new CitedPassage(passage.number(), passage.text(), sourceAddress(source.slug()) + "#p" + passage.number());
    }

    /**
     * The source's item, unchanged but for its note, which carries the passage's quoted words and address; the
     * passage number itself is the citation's locator (label "paragraph"), not a field of the item, as CSL models it.
     */
    public CiteItem passageItem(SourceSummary source, CitedPassage passage) {
        CiteItem item = source(source);
        String note = (item.note() == null ? "" : item.note() + " ")
                + "¶ " + passage.number() + ": “" + passage.text() + "” " + passage.address();
        return new CiteItem(item.id(), item.type(), item.title(), item.containerTitle(), item.author(), item.issued(),
                item.accessed(), item.url(), item.version(), item.language(), note);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
