package org.sourcewiki.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.citation.CitationDao;
import org.sourcewiki.citation.CitationRef;
import org.sourcewiki.claim.Claim;
import org.sourcewiki.claim.Claims;
import org.sourcewiki.citation.StoredCitation;
import org.sourcewiki.web.NotFoundException;

/** Pages as JSON (a revision with its citations, the list of revisions) and as W3C Web Annotations. */
public final class PageApiController {
    private final PageDao pages;
    private final CitationDao citations;
    private final Annotations annotations;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public PageApiController(Jdbi jdbi, String publicUrl) {
        this.pages = jdbi.onDemand(PageDao.class);
        this.citations = jdbi.onDemand(CitationDao.class);
        this.annotations = new Annotations(publicUrl);
    }

    /** The citations of a revision as W3C Web Annotations (JSON-LD), in an AnnotationCollection. */
    public void serveAnnotations(Context ctx) throws Exception {
        String slug = Titles.slug(ctx.pathParam("slug"));
        String rev = ctx.queryParam("rev");
        RevisionRow revision = rev == null
                ? pages.currentRevision(slug).orElseThrow(() -> new NotFoundException("notFound.page", Titles.fromSlug(slug)))
                : pages.revision(PageLookup.parseId(rev)).filter(r -> r.pageSlug().equals(slug))
                        .orElseThrow(() -> new NotFoundException("notFound.revision", rev));
        ctx.contentType("application/ld+json; charset=utf-8");
        ctx.result(json.writeValueAsBytes(annotations.collection(revision, citations.ofRevision(revision.id()))));
    }

    public void servePageJson(Context ctx) {
        String slug = pages.canonicalSlug(Titles.slug(ctx.pathParam("slug")));
        String rev = ctx.queryParam("rev");
        RevisionRow revision = rev == null
                ? pages.currentRevision(slug).orElseThrow(() -> new NotFoundException("notFound.page", slug))
                : pages.revision(PageLookup.parseId(rev)).filter(r -> r.pageSlug().equals(slug))
                        .orElseThrow(() -> new NotFoundException("notFound.revision", rev));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", revision.id());
        json.put("slug", revision.pageSlug());
        json.put("current", revision.isCurrent());
        json.put("parent", revision.parentId());
        json.put("title", revision.title());
        json.put("kind", revision.kind());
        json.put("fields", revision.fields());
        json.put("body", revision.body());
        json.put("author", revision.authorName());
        json.put("time", revision.createdAt().toInstant().toString());
        json.put("summary", revision.summary());
        json.put("restored_from", revision.restoredFrom());
        List<Map<String, Object>> cited = new ArrayList<>();
        for (StoredCitation citation : citations.ofRevision(revision.id())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("note", citation.ordinal());
            item.put("source", citation.sourceSlug());
            item.put("source_text_sha256", citation.sourceTextSha256());
            item.put("passage", citation.passageNumber());
            item.put("quote", citation.quote());
            item.put("exact", citation.exact());
            item.put("prefix", citation.prefix());
            item.put("suffix", citation.suffix());
            item.put("start", citation.startOffset());
            item.put("end", citation.endOffset());
            cited.add(item);
        }
        json.put("citations", cited);
        json.put("claims", claimsJson(revision, citations.ofRevision(revision.id())));
        ctx.json(json);
    }

    /**
     * The values of each claim field: value, line (the anchor {@code #claim-{field}-{line}} on the page), citations
     * (note number, source, passage, quote, exact words), time qualifier (point, start, end as written) and rank
     * with its reason. {@code fields} keeps the lines as the edit form holds them.
     */
    static Map<String, Object> claimsJson(RevisionRow revision, List<StoredCitation> stored) {
        Map<String, StoredCitation> byKey = new LinkedHashMap<>();
        stored.forEach(c -> byKey.putIfAbsent(c.key(), c));
        Map<String, Object> claims = new LinkedHashMap<>();
        for (String field : PageKind.CLAIM_FIELDS) {
            List<Claim> values = Claims.read(revision.fields().get(field));
            if (values.isEmpty()) {
                continue;
            }
            List<Map<String, Object>> list = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                Claim claim = values.get(i);
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("value", claim.value());
                item.put("line", i + 1);
                List<Map<String, Object>> cites = new ArrayList<>();
                for (CitationRef ref : claim.refs()) {
                    StoredCitation c = byKey.get(ref.key());
                    Map<String, Object> cite = new LinkedHashMap<>();
                    cite.put("note", c == null ? null : c.ordinal());
                    cite.put("source", ref.sourceSlug());
                    cite.put("passage", ref.passage());
                    cite.put("quote", ref.quote());
                    cite.put("exact", c == null ? null : c.exact());
                    cites.add(cite);
                }
                item.put("citations", cites);
                item.put("point", claim.point() == null ? null : claim.point().text());
                item.put("start", claim.start() == null ? null : claim.start().text());
                item.put("end", claim.end() == null ? null : claim.end().text());
                item.put("rank", claim.rank().code());
                item.put("reason", claim.reason());
                list.add(item);
            }
            claims.put(field, list);
        }
        return claims;
    }

    public void serveRevisionsJson(Context ctx) {
        String slug = pages.canonicalSlug(Titles.slug(ctx.pathParam("slug")));
        PageRow page = pages.findBySlug(slug).orElseThrow(() -> new NotFoundException("notFound.page", slug));
        List<Map<String, Object>> list = new ArrayList<>();
        for (RevisionRow revision : pages.history(page.id(), Long.MAX_VALUE, Integer.MAX_VALUE)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", revision.id());
            json.put("parent", revision.parentId());
            json.put("author", revision.authorName());
            json.put("time", revision.createdAt().toInstant().toString());
            json.put("summary", revision.summary());
            json.put("size", revision.size());
            list.add(json);
        }
        ctx.json(Map.of("slug", page.slug(), "revisions", list));
    }
}
