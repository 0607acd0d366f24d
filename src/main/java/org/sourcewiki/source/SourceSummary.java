package org.sourcewiki.source;

import java.time.OffsetDateTime;

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
        int passageCount,
        int bodyCount,
        int citationCount,
        int citedBodyCount) {
}
