package org.sourcewiki.cite;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.page.RevisionRow;
import org.sourcewiki.source.SourceSummary;
import org.sourcewiki.web.Locales;
import org.sourcewiki.web.Messages;

/**
 * The CSL items of what readers cite, built from the database (one small query for a page's contributors), and the
 * metadata that reference managers read in a page's head, taken from the same items so that they always agree.
 */
public final class CiteService {
    private final CiteDao cite;
    private final CiteItems items;
    private final CslFormatter formatter = new CslFormatter();
    private final Clock clock;

    public CiteService(Jdbi jdbi, String wikiName, String publicUrl, Clock clock) {
        this.cite = jdbi.onDemand(CiteDao.class);
        this.items = new CiteItems(wikiName, publicUrl);
        this.clock = clock;
    }

    public CiteItems items() {
        return items;
    }

    public CslFormatter formatter() {
        return formatter;
    }

    /** Today in UTC: the access date of a citation made now. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** "Sourcewiki contributors" / "Contributeurs de Sourcewiki", with the configured wiki name. */
    public String contributorsLiteral(Locale locale) {
        return Messages.get(locale, "citing.contributors", items.wikiName());
    }

    public CiteItem pageItem(RevisionRow revision, Locale locale) {
        return pageItem(revision, cite.facts(revision.pageId(), revision.id()), locale);
    }

    private CiteItem pageItem(RevisionRow revision, CiteDao.RevisionFacts facts, Locale locale) {
        return items.page(new CiteItems.PageRevision(revision.pageSlug(), revision.title(), revision.id(),
                revision.createdAt(), revision.body(), facts.contributorList()), today(), contributorsLiteral(locale));
    }

    /** Kept on a page view's context by {@link #pageHead(Context, RevisionRow)} for its RFC 7089 headers. */
    static final String MEMENTO = "sourcewiki.memento";

    /** The revision a page view shows, and its neighbours, read once for the head and the Memento headers. */
    record ShownRevision(RevisionRow revision, CiteDao.RevisionFacts facts) {
    }

    public CiteItem sourceItem(SourceSummary source) {
        return items.source(source);
    }

    /** A meta element: property true for Open Graph (property="og:…"), false for name="DC.…". */
    public record Meta(boolean property, String key, String content) {
    }

    /** A link rel="alternate" to a machine-readable form of the same thing. */
    public record Alternate(String type, String href, String title) {
    }

    /**
     * What goes in a page's head for reference managers (Zotero's embedded-metadata translator reads DC and og),
     * and what a printed page states at its foot: siteUrl is PUBLIC_URL (for absolute passage addresses), retrieved
     * today's UTC date (YYYY-MM-DD).
     */
    public record Head(String canonical, List<Meta> metas, List<Alternate> alternates, String siteUrl, String retrieved) {
    }

    /**
     * A page view: canonical is the revision's permalink; DC and og from the revision's CSL item. One query (the
     * revision's contributors and neighbours), whose answer is also kept on the context for the Memento headers that
     * {@link CiteController#addMementoHeaders} adds after the view.
     */
    public Head pageHead(Context ctx, RevisionRow revision) {
        CiteDao.RevisionFacts facts = cite.facts(revision.pageId(), revision.id());
        ctx.attribute(MEMENTO, new ShownRevision(revision, facts));
        CiteItem item = pageItem(revision, facts, Locales.of(ctx));
        String base = items.publicUrl() + "/wiki/" + CiteItems.citedSegment(revision.pageSlug());
        String rev = "?rev=" + revision.id();
        List<Alternate> alternates = List.of(
                new Alternate("application/vnd.citationstyles.csl+json", base + "/cite.json" + rev, "CSL-JSON"),
                new Alternate("application/x-bibtex", base + "/cite.bib" + rev, "BibTeX"),
                new Alternate("application/x-research-info-systems", base + "/cite.ris" + rev, "RIS"),
                new Alternate("text/markdown", base + "/export.md" + rev, "Pandoc Markdown"),
                new Alternate(Memento.LINK_FORMAT, base + "/timemap", "TimeMap"));
        return new Head(item.url(), metas(item, item.url(), items.wikiName()), alternates, items.publicUrl(), today().toString());
    }

    /** Kept on a source page's context by {@link #sourceHead(Context, SourceSummary)} for its RFC 7089 headers. */
    static final String SOURCE_MEMENTO = "sourcewiki.source-memento";

    /**
     * A source page: canonical is the source's address; DC and og from its CSL item, nothing it does not state. The
     * source is kept on the context for the Memento headers {@link CiteController#addSourceMementoHeaders} adds.
     */
    public Head sourceHead(Context ctx, SourceSummary source) {
        ctx.attribute(SOURCE_MEMENTO, source);
        CiteItem item = sourceItem(source);
        String address = items.sourceAddress(source.slug());
        List<Alternate> alternates = List.of(
                new Alternate("application/vnd.citationstyles.csl+json", address + "/cite.json", "CSL-JSON"),
                new Alternate("application/x-bibtex", address + "/cite.bib", "BibTeX"),
                new Alternate("application/x-research-info-systems", address + "/cite.ris", "RIS"));
        return new Head(address, metas(item, address, item.containerTitle()), alternates, items.publicUrl(), today().toString());
    }

    private List<Meta> metas(CiteItem item, String identifier, String publisher) {
        List<Meta> metas = new ArrayList<>();
        metas.add(new Meta(false, "DC.title", item.title()));
        if (item.author() != null) {
            for (String name : item.authors()) {
                metas.add(new Meta(false, "DC.creator", name));
            }
        }
        if (item.issued() != null) {
            metas.add(new Meta(false, "DC.date", item.issued().iso()));
        }
        metas.add(new Meta(false, "DC.identifier", identifier));
        if (item.language() != null) {
            metas.add(new Meta(false, "DC.language", item.language()));
        }
        if (publisher != null) {
            metas.add(new Meta(false, "DC.publisher", publisher));
        }
        metas.add(new Meta(true, "og:title", item.title()));
        metas.add(new Meta(true, "og:type", "article"));
        metas.add(new Meta(true, "og:url", identifier));
        metas.add(new Meta(true, "og:site_name", items.wikiName()));
        return metas;
    }
}
