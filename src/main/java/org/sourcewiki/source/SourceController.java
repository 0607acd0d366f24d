package org.sourcewiki.source;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.citation.CitationDao;
import org.sourcewiki.cite.CiteService;
import org.sourcewiki.page.Titles;
import org.sourcewiki.revision.BodyDiff;
import org.sourcewiki.search.SearchQuery;
import org.sourcewiki.web.Auth;
import org.sourcewiki.web.BadRequestException;
import org.sourcewiki.web.NotFoundException;

/** The source list and one source passage by passage, as pages and as JSON. */
public final class SourceController {
    private final SourceDao sources;
    private final CitationDao citations;
    private final SourceImporter importer;
    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final CiteService cite;
    private final PageFetcher fetcher;

    /**
     * json: the wiki's JSON settings (for streaming a source); cite: the head metadata of source pages; fetcher: how
     * the upload form's address field fetches pages (limits and address policy from the config).
     */
    public SourceController(Jdbi jdbi, SourceImporter importer, ObjectMapper json, CiteService cite, PageFetcher fetcher) {
        this.jdbi = jdbi;
        this.json = json;
        this.cite = cite;
        this.sources = jdbi.onDemand(SourceDao.class);
        this.citations = jdbi.onDemand(CitationDao.class);
        this.importer = importer;
        this.fetcher = fetcher;
    }

    public void serveSourceList(Context ctx) {
        ctx.render("sources", Map.of("sources", sources.listSources()));
    }

    /**
     * Editors upload article files through the same import as the command line, under its rules on which files it
     * reads ({@link ArticleFiles}: a picked folder's hidden files, files in hidden folders and files of other kinds are
     * skipped and listed with the reason, first, as the command line lists them); only base names are stored.
     */
    public void handleUpload(Context ctx) {
        Auth.requireEditor(ctx);
        // A malformed or oversized body fails where the form is first read (the CSRF check), and is answered there.
        List<UploadedFile> files = ctx.uploadedFiles("files");
        List<ImportOutcome> outcomes = new ArrayList<>();
        String url = ctx.formParam("url");
        // The editor's choice of a source this upload is a new version of (a slug), else found by address or title.
        String newVersionOf = ctx.formParam("new_version_of");
        if (newVersionOf != null && newVersionOf.isBlank()) {
            newVersionOf = null;
        }
        List<UploadedFile> articles = new ArrayList<>();
        for (UploadedFile file : files) {
            if ((file.filename() == null || file.filename().isEmpty()) && file.size() == 0) {
                continue; // the file field left empty when only an address was given
            }
            // The name as the browser sent it, path included: a folder's ".git/config" is hidden by its folder.
            Optional<String> skip = ArticleFiles.skipReason(file.filename());
            if (skip.isPresent()) {
                outcomes.add(new ImportOutcome.Skipped(FileNames.shown(file.filename()), skip.get()));
            } else {
                articles.add(file);
            }
        }
        long given = articles.size() + (url != null && !url.isBlank() ? 1 : 0);
        if (newVersionOf != null && given > 1) {
            // As on the command line: a new version is one text; several would all become versions of one article.
            throw new BadRequestException("upload.oneNewVersion");
        }
        if (url != null && !url.isBlank()) {
            outcomes.add(importer.importUrl(url, fetcher, newVersionOf));
        }
        for (UploadedFile file : articles) {
            String name = FileNames.stored(file.filename());
            try (InputStream in = file.content()) {
                outcomes.add(importer.importStream(name, name, in, newVersionOf));
            } catch (IOException e) {
                outcomes.add(new ImportOutcome.Rejected(name, "cannot read: " + e.getMessage()));
            }
        }
        if (outcomes.isEmpty()) {
            throw new BadRequestException("upload.noFiles");
        }
        ctx.render("import_result", Map.of("summary", new ImportSummary(outcomes)));
    }

    /**
     * One source, a page of passages at a time ({@link SourcePages}): ?page=k, or the page of the passage that
     * ?mark= highlights, or page 1; ?passage=n (the "go to passage" form) redirects to the page holding it.
     */
    public void serveSource(Context ctx) {
        SourceSummary source = findSource(ctx);
        String wanted = ctx.queryParam("passage");
        if (wanted != null) {
            int number = wanted.strip().matches("\\d{1,9}") ? Integer.parseInt(wanted.strip()) : 1;
            number = (int) Math.min(Math.max(number, 1), Math.max(source.passageCount(), 1));
            ctx.redirect(SourcePages.shownPassageHref(source.slug(), number));
            return;
        }
        Integer[] mark = markRange(ctx.queryParam("mark"));
        String pageParam = ctx.queryParam("page");
        int page = 1;
        if (pageParam != null && pageParam.matches("\\d{1,9}")) {
            page = Integer.parseInt(pageParam);
        } else if (mark[0] != null) {
            page = sources.passageAtOffset(source.id(), mark[0]).map(SourcePages::pageOf).orElse(1);
        }
        SourcePages.Pager pager = SourcePages.Pager.of(source.slug(), page, source.passageCount());
        Map<Integer, List<PassageView.CitingPage>> citedBy = new HashMap<>();
        for (CitationDao.CitingPage citing : citations.citingPages(source.id(), pager.first(), pager.last())) {
            citedBy.computeIfAbsent(citing.passageNumber(), n -> new ArrayList<>())
                    .add(new PassageView.CitingPage(citing.title(), Titles.path(citing.title())));
        }
        List<PassageView> passages = new ArrayList<>();
        for (StoredPassage passage : sources.passagesBetween(source.id(), pager.first(), pager.last())) {
            passages.add(PassageView.of(passage, mark[0], mark[1], citedBy.getOrDefault(passage.number(), List.of())));
        }
        String show = ctx.queryParam("show");
        Integer shown = show != null && show.strip().matches("\\d{1,9}") ? Integer.valueOf(show.strip()) : null;
        List<SourceDao.Version> versions = sources.versions(source.id());
        ctx.render("source", Map.of("source", source, "passages", passages, "groups", PassageGroup.of(passages, shown),
                "pager", pager, "head", cite.sourceHead(ctx, source), "versions", SourceVersions.of(source.id(), versions),
                "reanchored", sources.reanchorCounts(source.id())));
    }

    /** /sources/{slug}/v/{n}: version n of the article this source is a version of, at its own address (302). */
    public void serveVersion(Context ctx) {
        SourceSummary source = findSource(ctx);
        String wanted = ctx.pathParam("n");
        SourceDao.Version version = sources.versions(source.id()).stream()
                .filter(v -> wanted.matches("\\d{1,9}") && v.version() == Integer.parseInt(wanted))
                .findFirst().orElseThrow(() -> new NotFoundException("notFound.version", wanted));
        ctx.redirect("/sources/" + version.slug());
    }

    /**
     * /sources/{slug}/diff?from={n}: the stored text of version n (default: the version before this one) against this
     * version, paragraph by paragraph, with the page diff's code ({@link BodyDiff}).
     */
    public void serveVersionDiff(Context ctx) {
        SourceSummary source = findSource(ctx);
        List<SourceDao.Version> versions = sources.versions(source.id());
        SourceVersions lineage = SourceVersions.of(source.id(), versions);
        String from = ctx.queryParam("from");
        SourceDao.Version older;
        if (from == null || from.isBlank()) {
            older = lineage.previous();
            if (older == null) {
                throw new BadRequestException("sourceDiff.noOlder");
            }
        } else {
            older = versions.stream().filter(v -> from.strip().matches("\\d{1,9}") && v.version() == Integer.parseInt(from.strip()))
                    .findFirst().orElseThrow(() -> new NotFoundException("notFound.version", from.strip()));
        }
        String before = sources.storedText(older.id());
        String after = sources.storedText(source.id());
        ctx.render("source_diff", Map.of("source", source, "older", older, "newer", lineage.current(),
                "same", before.equals(after), "diff", BodyDiff.html(before, after)));
    }

    /** ?mark=start-end in code points of the stored text, as citation links give it; anything else marks nothing. */
    static Integer[] markRange(String mark) {
        if (mark != null && mark.matches("\\d{1,9}-\\d{1,9}")) {
            String[] parts = mark.split("-");
            int start = Integer.parseInt(parts[0]);
            int end = Integer.parseInt(parts[1]);
            if (end > start) {
                return new Integer[] {start, end};
            }
        }
        return new Integer[] {null, null};
    }

    /**
     * The imported file exactly as it was: its bytes (their SHA-256 is the source's original digest), its media
     * type (with the charset it was read in, for text), as an attachment named after the file (RFC 6266
     * {@code filename*}, with an ASCII fallback). 404 when the source was imported before files were kept.
     */
    public void serveOriginal(Context ctx) {
        SourceSummary source = findSource(ctx);
        byte[] bytes = sources.original(source.id())
                .orElseThrow(() -> new NotFoundException("notFound.original", source.slug()));
        String mediaType = source.mediaType() == null ? "application/octet-stream" : source.mediaType();
        if (mediaType.startsWith("text/") && source.originalEncoding() != null
                && java.nio.charset.Charset.isSupported(source.originalEncoding())) {
            mediaType += "; charset=" + source.originalEncoding();
        }
        ctx.header("Content-Type", mediaType);
        ctx.header("Content-Disposition", OriginalFileName.contentDisposition(source));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
        ctx.result(bytes);
    }

    public void serveSourceListJson(Context ctx) {
        ctx.json(Map.of("sources", sources.listSources().stream().map(SourceController::summaryJson).toList()));
    }

    /**
     * One source as JSON: the summary, the stored text and every passage. Passages are streamed from a database
     * cursor straight into the response, so memory stays bounded for a source of any size.
     */
    public void serveSourceJson(Context ctx) throws IOException {
        SourceSummary source = findSource(ctx);
        Map<String, Object> summary = summaryJson(source);
        summary.put("text", sources.storedText(source.id()));
        ctx.contentType("application/json");
        jdbi.useTransaction(handle -> {
            try (JsonGenerator out = json.writer().createGenerator(ctx.outputStream());
                 Stream<StoredPassage> passages = handle.attach(SourceDao.class).streamPassages(source.id())) {
                out.writeStartObject();
                for (Map.Entry<String, Object> field : summary.entrySet()) {
                    out.writeObjectField(field.getKey(), field.getValue());
                }
                out.writeArrayFieldStart("passages");
                for (StoredPassage passage : (Iterable<StoredPassage>) passages::iterator) {
                    out.writeObject(passageJson(passage));
                }
                out.writeEndArray();
                out.writeEndObject();
            }
        });
    }

    /** Passages by words, for the passage finder; each with the key to paste into a page. */
    private SourceSummary findSource(Context ctx) {
        String slug = ctx.pathParam("slug");
        return sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("notFound.source", slug));
    }

    static Map<String, Object> summaryJson(SourceSummary source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("slug", source.slug());
        json.put("title", source.title());
        json.put("title_supplied", source.titleSupplied());
        json.put("publisher", source.publisher());
        json.put("author", source.author());
        json.put("authors", source.authors());
        json.put("date", source.published());
        json.put("date_inferred", source.dateInferred());
        json.put("language", source.language());
        json.put("url", source.url());
        json.put("digests", Map.of("original_sha256", source.originalSha256(), "text_sha256", source.textSha256()));
        json.put("original_encoding", source.originalEncoding());
        json.put("imported_at", source.importedAt().toInstant().toString());
        json.put("metadata_origin", source.metadataOrigin());
        json.put("media_type", source.mediaType());
        json.put("retrieved_at", source.retrievedAt() == null ? null : source.retrievedAt().toInstant().toString());
        json.put("original", source.hasOriginal() ? "/sources/" + source.slug() + "/original" : null);
        json.put("passage_count", source.passageCount());
        json.put("body_passage_count", source.bodyCount());
        json.put("citation_count", source.citationCount());
        json.put("cited_body_passage_count", source.citedBodyCount());
        return json;
    }

    private static Map<String, Object> passageJson(StoredPassage passage) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", passage.number());
        json.put("kind", passage.kind());
        json.put("kind_reason", passage.kindReason());
        json.put("form", passage.form());
        json.put("text", passage.text());
        json.put("start", passage.startOffset());
        json.put("end", passage.endOffset());
        return json;
    }
}
