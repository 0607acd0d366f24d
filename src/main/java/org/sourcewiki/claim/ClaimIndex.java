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
        return jdbi.withHandle(handle -> {
            ClaimDao dao = handle.attach(ClaimDao.class);
            List<ClaimDao.CurrentFields> rows = dao.currentFields();
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
        });
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored fields are not JSON: " + json, e);
        }
    }
}
