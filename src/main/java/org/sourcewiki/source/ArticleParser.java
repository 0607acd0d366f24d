package org.sourcewiki.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything an import does before writing: tell the format, read it ({@link DocumentReader}: stored text, blocks,
 * stated metadata), mark boilerplate, then fill the title and date the document's metadata lacks from its text
 * ({@link TextMetadata}) and guess the language when none is stated.
 */
public final class ArticleParser {
    private static final int MAX_TITLE_CODE_POINTS = 500;

    private final BoilerplateClassifier classifier;

    public ArticleParser(BoilerplateClassifier classifier) {
        this.classifier = classifier;
    }

    public ParsedArticle parse(String fileName, byte[] bytes) throws ImportRefusedException {
        return parse(fileName, bytes, null);
    }

    /** retrieval: how a fetched page was obtained (its address, content type and time), or null for a file. */
    public ParsedArticle parse(String fileName, byte[] bytes, Retrieval retrieval) throws ImportRefusedException {
        DocumentFormat format = DocumentFormat.detect(fileName, bytes, retrieval == null ? null : retrieval.mediaType());
        ExtractedDocument document = format.reader(retrieval == null ? null : retrieval.url())
                .read(bytes, retrieval == null ? null : retrieval.charset());
        String storedText = document.storedText();
        List<TextSpan> spans = document.spans();
        if (spans.isEmpty()) {
            throw new ImportRefusedException("no article text found");
        }
        // The stop-word lists follow the language the document states (header, html lang), else the guessed one.
        String stated = document.metadata().get(StatedMetadata.LANGUAGE);
        List<PassageClassification> kinds = classifier.classify(spans,
                stated != null ? stated : LanguageGuess.guess(storedText));
        List<NewPassage> passages = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            TextSpan span = spans.get(i);
            PassageClassification kind = kinds.get(i);
            passages.add(new NewPassage(i + 1, formInContext(spans, kinds, i), kind.kind(), kind.reason(),
                    span.start(), span.end(), span.text()));
        }
        StatedMetadata metadata = document.metadata();
        if (retrieval != null) {
            metadata.put(StatedMetadata.URL, retrieval.url(), "fetched");
        }
        metadata.offer(StatedMetadata.LANGUAGE, LanguageGuess.guess(storedText), "guessed");
        TextMetadata.fill(metadata, spans, kinds, metadata.get(StatedMetadata.LANGUAGE));
        String mediaType = retrieval != null && retrieval.mediaType() != null && format != DocumentFormat.TEXT
                ? retrieval.mediaType() : document.mediaType();
        return new ParsedArticle(fileName, limit(metadata.get(StatedMetadata.TITLE)), metadata.titleSupplied(),
                metadata.get(StatedMetadata.PUBLISHER), metadata.get(StatedMetadata.AUTHOR),
                SourceHeader.checkDate(metadata.get(StatedMetadata.DATE)), metadata.get(StatedMetadata.LANGUAGE),
                metadata.get(StatedMetadata.URL), sha256(bytes), sha256(storedText.getBytes(StandardCharsets.UTF_8)),
                document.encoding(), storedText, passages, mediaType, metadata.origins(), bytes,
                retrieval == null ? null : retrieval.retrievedAt());
    }

    private static String limit(String title) {
        if (title.codePointCount(0, title.length()) <= MAX_TITLE_CODE_POINTS) {
            return title;
        }
        return title.substring(0, title.offsetByCodePoints(0, MAX_TITLE_CODE_POINTS - 1)) + "…";
    }

    /** A heading introduces article text; one followed by junk (a byline before the teasers) is a paragraph. */
    private static PassageForm formInContext(List<TextSpan> spans, List<PassageClassification> kinds, int i) {
        PassageForm form = spans.get(i).form();
        boolean nextIsJunk = i + 1 < kinds.size() && kinds.get(i + 1).kind() == PassageKind.BOILERPLATE;
        return form == PassageForm.HEADING && nextIsJunk ? PassageForm.PARAGRAPH : form;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
