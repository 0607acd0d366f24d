package org.sourcewiki.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Everything an import does before writing: tell the format, read it ({@link DocumentReader}: stored text, blocks,
 * stated metadata), mark boilerplate, then fill the title and date the document's metadata lacks from its text
 * ({@link TextMetadata}) and guess the language when none is stated.
 */
public final class ArticleParser {
    private static final int MAX_TITLE_CODE_POINTS = 500;
    /** The most passages one source holds: a 5 MB article of tens of thousands of passages fits, a list bomb not. */
    static final int MAX_PASSAGES = 50_000;
    /** The most characters (UTF-16 units) of stored text one source holds: four times the largest file's bytes. */
    static final int MAX_TEXT_CHARS = 20_000_000;

    private final BoilerplateClassifier classifier;

    public ArticleParser(BoilerplateClassifier classifier) {
        this.classifier = classifier;
    }

    public ParsedArticle parse(String fileName, byte[] bytes) throws ImportRefusedException {
        return parse(fileName, bytes, null);
    }

    /**
     * retrieval: how a fetched page was obtained (its address, content type and time), or null for a file.
     *
     * @throws ImportRefusedException when the document cannot be read, holds no text, or is too big to read: more
     *     than {@value #MAX_PASSAGES} passages or {@value #MAX_TEXT_CHARS} characters of text, or text that does not
     *     fit in the memory the server has (a compressed document that expands a hundredfold: a "zip bomb"). Memory
     *     running out while one document is read is that document's fault, and must not fail the import of the others
     *     nor answer 500.
     */
    public ParsedArticle parse(String fileName, byte[] bytes, Retrieval retrieval) throws ImportRefusedException {
        try {
            return read(fileName, bytes, retrieval);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw new ImportRefusedException(String.format(Locale.ROOT, "the document is too large to read: its text does not fit in"
                    + " the memory of this server (the file is %,d bytes); split it into smaller documents", bytes.length));
        }
    }

    private ParsedArticle read(String fileName, byte[] bytes, Retrieval retrieval) throws ImportRefusedException {
        DocumentFormat format = DocumentFormat.detect(fileName, bytes, retrieval == null ? null : retrieval.mediaType());
        ExtractedDocument document = format.reader(retrieval == null ? null : retrieval.url())
                .read(bytes, retrieval == null ? null : retrieval.charset());
        String storedText = document.storedText();
        List<TextSpan> spans = document.spans();
        if (spans.isEmpty()) {
            throw new ImportRefusedException("no article text found");
        }
        if (storedText.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new ImportRefusedException("no words: the document holds only punctuation or symbols");
        }
        if (spans.size() > MAX_PASSAGES || storedText.length() > MAX_TEXT_CHARS) {
            throw new ImportRefusedException(String.format(Locale.ROOT, "the document is too large: %,d passages and %,d characters of"
                    + " text, where a source holds at most %,d passages and %,d characters; split it into smaller"
                    + " documents", spans.size(), storedText.length(), MAX_PASSAGES, MAX_TEXT_CHARS));
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
        metadata.applyFallbacks();
        TextMetadata.dropSiteSuffix(metadata, spans);
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
