package org.sourcewiki.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** One source as lists and the API show it. */
public record SourceSummary(
        long id,
        String slug,
        String title,
        boolean titleSupplied,
        String publisher,
        String author,
        String published,
        String language,
        String url,
        String originalSha256,
        String textSha256,
        String originalEncoding,
        OffsetDateTime importedAt,
        String mediaType,
        String metadataOriginJson,
        OffsetDateTime retrievedAt,
        String fileName,
        boolean hasOriginal,
        int passageCount,
        int bodyCount,
        int citationCount,
        int citedBodyCount) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Field name to where its value was read ({@link StatedMetadata}); empty when unknown. */
    public Map<String, String> metadataOrigin() {
        if (metadataOriginJson == null || metadataOriginJson.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> origins = new LinkedHashMap<>();
            JSON.readTree(metadataOriginJson).fields().forEachRemaining(e -> origins.put(e.getKey(), e.getValue().asText()));
            return origins;
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    /** The origin of one field ("og:title", "header" …), or null. */
    public String originOf(String field) {
        return metadataOrigin().get(field);
    }

    /** The origin of one field as the source page notes it, or null when unknown. */
    public OriginNote originNote(String field) {
        return OriginNote.of(originOf(field));
    }
}
