package org.sourcewiki.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.citation.CitationDao;
import org.sourcewiki.citation.StoredCitation;

/**
 * Loads the claims of the whole wiki in two queries (current fields, then their citations), for /disputes,
 * /timeline and /graph. A few hundred pages are a few hundred rows; nothing is cached, so what is shown is always
 * the current state.
 */
public final class ClaimIndex {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;

    public ClaimIndex(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every page with fields, most recently edited first. */
    public List<PageClaims> load() {
        return jdbi.withHandle(handle -> withCitations(handle.attach(ClaimDao.class), handle.attach(ClaimDao.class).currentFields()));
    }

    /**
     * The pages that may name a page in their fields (those linking to it), for the page's own dates and links:
     * one query, and a second for their citations only when there are some.
     */
    public List<PageClaims> linkingTo(String slug) {
        return jdbi.withHandle(handle -> withCitations(handle.attach(ClaimDao.class), handle.attach(ClaimDao.class).linkingTo(slug)));
    }

    /** The page-title values of the given pages that lead to a page, each mapped to that page's slug (one query). */
    public Map<String, String> existing(List<PageClaims> pages) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (PageClaims page : pages) {
            for (String field : org.sourcewiki.page.PageKind.TITLE_FIELDS) {
                page.claims(field).forEach(claim -> named.add(org.sourcewiki.page.Titles.slug(claim.value())));
            }
        }
        return jdbi.onDemand(org.sourcewiki.page.PageDao.class).linkTargets(named);
    }

    private static List<PageClaims> withCitations(ClaimDao dao, List<ClaimDao.CurrentFields> rows) {
        Map<Long, Map<String, StoredCitation>> citations = new HashMap<>();
        if (!rows.isEmpty()) {
            for (CitationDao.RevisionCitation c : dao.citationsOf(rows.stream().map(ClaimDao.CurrentFields::revisionId).toList())) {
                citations.computeIfAbsent(c.revisionId(), id -> new HashMap<>()).putIfAbsent(c.citation().key(), c.citation());
            }
        }
        List<PageClaims> pages = new ArrayList<>();
        for (ClaimDao.CurrentFields row : rows) {
            pages.add(new PageClaims(row.slug(), row.title(), row.kind(), row.revisionId(), row.createdAt(),
                    read(row.fieldsJson()), citations.getOrDefault(row.revisionId(), Map.of())));
        }
        return pages;
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored fields are not JSON: " + json, e);
        }
    }
}
