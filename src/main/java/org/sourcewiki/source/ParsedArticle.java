package org.sourcewiki.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An article read, decoded, split and classified, ready to be stored; made without touching the database.
 * metadataOrigin maps each metadata field that has a value to where it was read ({@link StatedMetadata});
 * originalBytes are the file exactly as imported (originalSha256 is their digest), mediaType their media type;
 * retrievedAt is when a fetched page was received (null for files).
 */
public record ParsedArticle(
        String fileName,
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
        String storedText,
        List<NewPassage> passages,
        String mediaType,
        Map<String, String> metadataOrigin,
        byte[] originalBytes,
        OffsetDateTime retrievedAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An article without its original file (tests that build one by hand). */
    public ParsedArticle(String fileName, String title, boolean titleSupplied, String publisher, String author,
                         String published, String language, String url, String originalSha256, String textSha256,
                         String originalEncoding, String storedText, List<NewPassage> passages) {
        this(fileName, title, titleSupplied, publisher, author, published, language, url, originalSha256, textSha256,
                originalEncoding, storedText, passages, "text/plain", Map.of(), null, null);
    }

    /** The same article with its passages re-classified (same spans, kinds changed). */
    public ParsedArticle withPassages(List<NewPassage> changed) {
        return new ParsedArticle(fileName, title, titleSupplied, publisher, author, published, language, url,
                originalSha256, textSha256, originalEncoding, storedText, changed, mediaType, metadataOrigin,
                originalBytes, retrievedAt);
    }

    public long boilerplateCount() {
        return passages.stream().filter(p -> p.kind() == PassageKind.BOILERPLATE).count();
    }

    /** metadataOrigin as a JSON object, for the jsonb column. */
    public String metadataOriginJson() {
        try {
            return JSON.writeValueAsString(metadataOrigin);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
