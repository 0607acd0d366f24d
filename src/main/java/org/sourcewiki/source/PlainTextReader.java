package org.sourcewiki.source;

/**
 * Plain text, as imports always read it: decoded by {@link TextDecoder}, an optional {@code ---} metadata header
 * ({@link SourceHeader}, origin {@code header}), then split by {@link PassageSplitter}. The header is not part of
 * the stored text.
 */
public final class PlainTextReader implements DocumentReader {
    public static final String HEADER = "header";
    /** The origin of a header date in square brackets: inferred from the text, not a stated publication date. */
    public static final String INFERRED = "inferred";

    @Override
    public ExtractedDocument read(byte[] bytes, String declaredCharset) throws ImportRefusedException {
        DecodedText decoded = TextDecoder.decode(bytes);
        SourceHeader.Split split = SourceHeader.split(decoded.text());
        String storedText = split.body();
        if (TextDecoder.isBlank(storedText)) {
            throw new ImportRefusedException("no article text after the header");
        }
        SourceHeader header = split.header();
        StatedMetadata metadata = new StatedMetadata();
        if (header != SourceHeader.NONE) {
            metadata.markDeclared();
        }
        if (metadata.offer(StatedMetadata.TITLE, header.title(), HEADER)) {
            metadata.markTitleSupplied(header.titleSupplied());
        }
        metadata.offer(StatedMetadata.PUBLISHER, header.publisher(), HEADER);
        metadata.offer(StatedMetadata.AUTHOR, header.author(), HEADER);
        metadata.offer(StatedMetadata.DATE, header.date(), header.dateInferred() ? INFERRED : HEADER);
        metadata.offer(StatedMetadata.LANGUAGE, header.language(), HEADER);
        metadata.offer(StatedMetadata.URL, header.url(), HEADER);
        return new ExtractedDocument(storedText, PassageSplitter.split(storedText), metadata, "text/plain",
                decoded.encoding());
    }
}
