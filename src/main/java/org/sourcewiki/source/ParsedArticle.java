package org.sourcewiki.source;

import java.util.List;

/** An article read, decoded, split and classified, ready to be stored; made without touching the database. */
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
        List<NewPassage> passages) {

    public long boilerplateCount() {
        return passages.stream().filter(p -> p.kind() == PassageKind.BOILERPLATE).count();
    }
}
