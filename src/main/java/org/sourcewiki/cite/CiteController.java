package org.sourcewiki.cite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.citation.CitationDao;
import org.sourcewiki.citation.StoredCitation;
import org.sourcewiki.page.PageDao;
import org.sourcewiki.page.RevisionRow;
import org.sourcewiki.page.Titles;
import org.sourcewiki.source.SourceDao;
import org.sourcewiki.source.SourceSummary;
import org.sourcewiki.source.StoredPassage;
import org.sourcewiki.web.BadRequestException;
import org.sourcewiki.web.Locales;
import org.sourcewiki.web.NotFoundException;

/**
 * Citing: "Cite this page" for any revision, "cite" for a source or one of its passages, each in formatted
 * references and in CSL-JSON, biblatex and RIS downloads; a revision as Pandoc Markdown with its sources.
 * Every download is pinned: a page's without ?rev= cites the current revision and names it.
 */
public final class CiteController {
    static final String CSL_JSON = "application/vnd.citationstyles.csl+json";
    static final String BIBTEX = "application/x-bibtex; charset=utf-8";
    static final String RIS = "application/x-research-info-systems; charset=utf-8";
    static final String MARKDOWN = "text/markdown; charset=utf-8";

    private final PageDao pages;
    private final SourceDao sources;
    private final CiteDao cite;
    private final CitationDao citations;
    private final CiteService service;
    private final PandocExport export;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public CiteController(Jdbi jdbi, CiteService service) {
        this.pages = jdbi.onDemand(PageDao.class);
        this.sources = jdbi.onDemand(SourceDao.class);
        this.cite = jdbi.onDemand(CiteDao.class);
        this.citations = jdbi.onDemand(CitationDao.class);
        this.service = service;
        this.export = new PandocExport(service.items().publicUrl());
    }

    public void servePageCite(Context ctx) {
        RevisionRow revision = revision(ctx, "/cite");
        if (revision == null) {
            return;
        }
        Locale locale = Locales.of(ctx);
        CiteItem item = service.pageItem(revision, locale);
        String query = "?rev=" + revision.id();
        Map<String, Object> model = new HashMap<>();
        model.put("revision", revision);
        model.put("item", item);
        model.put("references", service.formatter().format(item, null, locale));
        model.put("accessed", item.accessed().toString());
        model.put("pageHref", revision.pageHref());
        model.put("formats", List.of(
                new FormatLink("CSL-JSON", revision.pageHref() + "/cite.json" + query, item.id() + ".json"),
                new FormatLink("BibTeX (biblatex)", revision.pageHref() + "/cite.bib" + query, item.id() + ".bib"),
                new FormatLink("RIS", revision.pageHref() + "/cite.ris" + query, item.id() + ".ris"),
                new FormatLink("Pandoc Markdown", revision.pageHref() + "/export.md" + query, item.id() + ".md")));
        ctx.render("cite", model);
    }

    /** A link to a download: what it is, where, and the file name it saves as. */
    public record FormatLink(String label, String href, String fileName) {
    }

    public void servePageCslJson(Context ctx) throws Exception {
        RevisionRow revision = revision(ctx, "/cite.json");
        if (revision != null) {
            CiteItem item = service.pageItem(revision, Locales.of(ctx));
            download(ctx, CSL_JSON, item.id() + ".json", json.writeValueAsString(List.of(CslJson.item(item))) + "\n");
        }
    }

    public void servePageBibTeX(Context ctx) {
        RevisionRow revision = revision(ctx, "/cite.bib");
        if (revision != null) {
            CiteItem item = service.pageItem(revision, Locales.of(ctx));
            download(ctx, BIBTEX, item.id() + ".bib", BibLatex.entry(item));
        }
    }

    public void servePageRis(Context ctx) {
        RevisionRow revision = revision(ctx, "/cite.ris");
        if (revision != null) {
            CiteItem item = service.pageItem(revision, Locales.of(ctx));
            download(ctx, RIS, item.id() + ".ris", Ris.record(item));
        }
    }

    /** The revision as Pandoc Markdown, its cited sources as CSL items in the front matter's references. */
    public void serveExport(Context ctx) {
        RevisionRow revision = revision(ctx, "/export.md");
        if (revision == null) {
            return;
        }
        CiteItem item = service.pageItem(revision, Locales.of(ctx));
        List<String> slugs = new ArrayList<>();
        for (StoredCitation citation : citations.ofRevision(revision.id())) {
            if (!slugs.contains(citation.sourceSlug())) {
                slugs.add(citation.sourceSlug());
            }
        }
        Map<String, SourceSummary> bySlug = new HashMap<>();
        if (!slugs.isEmpty()) {
            sources.findBySlugs(slugs).forEach(source -> bySlug.put(source.slug(), source));
        }
        List<CiteItem> cited = slugs.stream().map(bySlug::get).filter(Objects::nonNull).map(service::sourceItem).toList();
        String markdown = export.markdown(revision.title(), item.issued(), item.url(), item.author(), revision.body(), cited);
        download(ctx, MARKDOWN, item.id() + ".md", markdown);
    }

    public void serveSourceCite(Context ctx) {
        SourceSummary source = source(ctx);
        Locale locale = Locales.of(ctx);
        CitedPassage passage = passage(ctx, source);
        CiteItem item = passage == null ? service.sourceItem(source) : service.items().passageItem(source, passage);
        String query = passage == null ? "" : "?p=" + passage.number();
        String base = "/sources/" + source.slug();
        Map<String, Object> model = new HashMap<>();
        model.put("source", source);
        model.put("item", item);
        model.put("passage", passage);
        model.put("references", service.formatter().format(item, passage == null ? null : passage.number(), locale));
        model.put("address", passage == null ? service.items().sourceAddress(source.slug()) : passage.address());
        model.put("formats", List.of(
                new FormatLink("CSL-JSON", base + "/cite.json" + query, fileName(item, passage) + ".json"),
                new FormatLink("BibTeX (biblatex)", base + "/cite.bib" + query, fileName(item, passage) + ".bib"),
                new FormatLink("RIS", base + "/cite.ris" + query, fileName(item, passage) + ".ris")));
        model.put("pandocCitation", "[@" + item.id() + (passage == null ? "" : ", para. " + passage.number()) + "]");
        ctx.render("cite_source", model);
    }

    public void serveSourceCslJson(Context ctx) throws Exception {
        SourceSummary source = source(ctx);
        CitedPassage passage = passage(ctx, source);
        CiteItem item = passage == null ? service.sourceItem(source) : service.items().passageItem(source, passage);
        download(ctx, CSL_JSON, fileName(item, passage) + ".json", json.writeValueAsString(List.of(CslJson.item(item))) + "\n");
    }

    public void serveSourceBibTeX(Context ctx) {
        SourceSummary source = source(ctx);
        CitedPassage passage = passage(ctx, source);
        CiteItem item = passage == null ? service.sourceItem(source) : service.items().passageItem(source, passage);
        download(ctx, BIBTEX, fileName(item, passage) + ".bib", BibLatex.entry(item));
    }

    public void serveSourceRis(Context ctx) {
        SourceSummary source = source(ctx);
        CitedPassage passage = passage(ctx, source);
        CiteItem item = passage == null ? service.sourceItem(source) : service.items().passageItem(source, passage);
        download(ctx, RIS, fileName(item, passage) + ".ris", Ris.record(item));
    }

    private static String fileName(CiteItem item, CitedPassage passage) {
        return item.id() + (passage == null ? "" : "-p" + passage.number());
    }

    /**
     * RFC 7089 TimeGate, before the page view: a request for /wiki/{slug} (no ?rev=) with Accept-Datetime is
     * redirected (302) to the permalink of the revision in effect then, the first one for an earlier instant; a
     * malformed date is a 400. Without Accept-Datetime this costs nothing: the page view goes on as always.
     */
    public void negotiateDatetime(Context ctx) {
        String acceptDatetime = ctx.header("Accept-Datetime");
        String slug = ctx.pathParam("slug");
        if (acceptDatetime == null || ctx.queryParam("rev") != null || !Titles.slug(slug).equals(slug)) {
            return;
        }
        Optional<RevisionRow> current = pages.currentRevision(slug);
        if (current.isEmpty()) {
            return;
        }
        String base = service.items().publicUrl() + current.get().pageHref();
        OffsetDateTime instant = Memento.parseHttpDate(acceptDatetime).orElseThrow(() -> new BadRequestException("citing.badDatetime"));
        long pageId = current.get().pageId();
        CiteDao.RevisionTime found = cite.revisionAt(pageId, instant).or(() -> cite.firstRevision(pageId)).orElseThrow();
        long chosen = found.id();
        OffsetDateTime chosenAt = found.createdAt();
        ctx.header("Vary", "accept-datetime");
        ctx.header("Link", Memento.header(List.of(Memento.original(base), Memento.timemap(base + "/timemap"),
                new Memento.Link(base + "?rev=" + chosen, "memento", Map.of("datetime", Memento.httpDate(chosenAt))))));
        ctx.redirect(base + "?rev=" + chosen, HttpStatus.FOUND);
        ctx.skipRemainingHandlers();
    }

    /**
     * RFC 7089 headers, after a page view that showed a revision (read by CiteService.pageHead, no further query):
     * the current page is the original resource and its own TimeGate (Vary: accept-datetime, Link to itself and its
     * TimeMap); a permalink is a Memento (Memento-Datetime, and Link to the original, the TimeMap and its first,
     * previous, next and last sibling mementos).
     */
    public void addMementoHeaders(Context ctx) {
        CiteService.ShownRevision shown = ctx.attribute(CiteService.MEMENTO);
        if (shown == null || ctx.status().getCode() != 200) {
            return;
        }
        RevisionRow revision = shown.revision();
        CiteDao.RevisionFacts facts = shown.facts();
        String base = service.items().publicUrl() + revision.pageHref();
        List<Memento.Link> links = new ArrayList<>(List.of(Memento.original(base), Memento.timemap(base + "/timemap")));
        if (ctx.queryParam("rev") == null) {
            ctx.header("Vary", "accept-datetime");
            ctx.header("Link", Memento.header(links));
            return;
        }
        Map<String, Memento.MementoRef> related = new LinkedHashMap<>();
        related.put("first", new Memento.MementoRef(base + "?rev=" + facts.firstId(), facts.firstAt()));
        if (facts.prevId() != null) {
            related.put("prev", new Memento.MementoRef(base + "?rev=" + facts.prevId(), facts.prevAt()));
        }
        related.put("", new Memento.MementoRef(base + "?rev=" + revision.id(), revision.createdAt()));
        if (facts.nextId() != null) {
            related.put("next", new Memento.MementoRef(base + "?rev=" + facts.nextId(), facts.nextAt()));
        }
        related.put("last", new Memento.MementoRef(base + "?rev=" + facts.lastId(), facts.lastAt()));
        links.addAll(Memento.mementos(related));
        ctx.header("Memento-Datetime", Memento.httpDate(revision.createdAt()));
        ctx.header("Link", Memento.header(links));
    }

    /** The TimeMap of a page: every revision, oldest first, as application/link-format (RFC 6690). */
    public void serveTimeMap(Context ctx) {
        String slug = ctx.pathParam("slug");
        RevisionRow current = pages.currentRevision(Titles.slug(slug)).orElse(null);
        if (current == null) {
            Optional<String> moved = pages.redirectTarget(Titles.slug(slug));
            if (moved.isPresent()) {
                ctx.redirect("/wiki/" + Titles.encodeSegment(moved.get()) + "/timemap", HttpStatus.MOVED_PERMANENTLY);
                return;
            }
            throw new NotFoundException("notFound.page", Titles.fromSlug(slug));
        }
        String base = service.items().publicUrl() + current.pageHref();
        List<Memento.MementoRef> mementos = cite.timeline(current.pageId()).stream()
                .map(r -> new Memento.MementoRef(base + "?rev=" + r.id(), r.createdAt())).toList();
        ctx.contentType(Memento.LINK_FORMAT + "; charset=utf-8");
        ctx.result(Memento.timeMap(base, base + "/timemap", mementos));
    }

    /**
     * Source pages never change: each is a Memento, dated by its import, of the article at its URL when known, else
     * of itself (RFC 7089 §2.1.2 Memento-Datetime, §2.2.1 "original").
     */
    public void addSourceMementoHeaders(Context ctx) {
        SourceSummary source = ctx.attribute(CiteService.SOURCE_MEMENTO);
        if (source == null || ctx.status().getCode() != 200) {
            return;
        }
        String address = service.items().sourceAddress(source.slug());
        String original = source.url() == null || source.url().isBlank() ? address : source.url();
        Map<String, String> datetime = Map.of("datetime", Memento.httpDate(source.importedAt()));
        List<Memento.Link> links = original.equals(address)
                ? List.of(new Memento.Link(address, "original memento", datetime))
                : List.of(new Memento.Link(original, "original", Map.of()), new Memento.Link(address, "memento", datetime));
        ctx.header("Memento-Datetime", Memento.httpDate(source.importedAt()));
        ctx.header("Link", Memento.header(links));
    }

    private void download(Context ctx, String mediaType, String fileName, String body) {
        ctx.contentType(mediaType);
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        ctx.result(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The revision asked for by ?rev=, or the current one; null when a redirect has been sent. */
    private RevisionRow revision(Context ctx, String suffix) {
        String slug = ctx.pathParam("slug");
        String canonical = Titles.slug(slug);
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        if (!canonical.equals(slug) && !canonical.isEmpty()) {
            ctx.redirect("/wiki/" + Titles.encodeSegment(canonical) + suffix + query, HttpStatus.MOVED_PERMANENTLY);
            return null;
        }
        String rev = ctx.queryParam("rev");
        if (rev == null) {
            Optional<RevisionRow> current = pages.currentRevision(slug);
            if (current.isPresent()) {
                return current.get();
            }
            Optional<String> moved = pages.redirectTarget(slug);
            if (moved.isPresent()) {
                ctx.redirect("/wiki/" + Titles.encodeSegment(moved.get()) + suffix, HttpStatus.MOVED_PERMANENTLY);
                return null;
            }
            throw new NotFoundException("notFound.page", Titles.fromSlug(slug));
        }
        RevisionRow revision = pages.revision(parseId(rev)).orElseThrow(() -> new NotFoundException("notFound.revision", rev));
        if (!revision.pageSlug().equals(slug)) {
            if (pages.redirectTarget(slug).map(revision.pageSlug()::equals).orElse(false)) {
                ctx.redirect("/wiki/" + Titles.encodeSegment(revision.pageSlug()) + suffix + query, HttpStatus.MOVED_PERMANENTLY);
                return null;
            }
            throw new NotFoundException("notFound.revisionOfPage", rev);
        }
        return revision;
    }

    private SourceSummary source(Context ctx) {
        String slug = ctx.pathParam("slug");
        return sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("notFound.source", slug));
    }

    /** The passage named by ?p=, or null without one; a number that is not a passage of the source is a 404. */
    private CitedPassage passage(Context ctx, SourceSummary source) {
        String p = ctx.queryParam("p");
        if (p == null) {
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(p.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("citing.badPassage");
        }
        StoredPassage passage = cite.passage(source.id(), number)
                .orElseThrow(() -> new NotFoundException("citing.noSuchPassage", source.slug() + "#p" + p.strip()));
        return service.items().passage(source, passage);
    }

    private static long parseId(String value) {
        try {
            long id = Long.parseLong(value.trim());
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new BadRequestException("error.revisionNumber");
        }
    }
}
