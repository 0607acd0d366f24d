package org.sourcewiki.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * Whether the date was inferred from the text (the day of an event it reports) rather than stated as the date of
     * publication: shown in square brackets, as a supplied title is, and marked in every export.
     */
    public boolean dateInferred() {
        return published != null && PlainTextReader.INFERRED.equals(originOf(StatedMetadata.DATE));
    }

    /** The authors, each name as stated ({@link Authors}); empty when none is stated. */
    public List<String> authors() {
        return Authors.split(author);
    }

    /** The origin of one field as the source page notes it, or null when unknown. */
    public OriginNote originNote(String field) {
        return OriginNote.of(originOf(field));
    }
}
