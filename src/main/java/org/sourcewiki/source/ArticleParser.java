package org.sourcewiki.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Everything an import does before writing: decode, read the header, split into passages, mark boilerplate. */
public final class ArticleParser {
    private static final int SUPPLIED_TITLE_WORDS = 8;

    private final BoilerplateClassifier classifier;

    public ArticleParser(BoilerplateClassifier classifier) {
        this.classifier = classifier;
    }

    public ParsedArticle parse(String fileName, byte[] bytes) throws ImportRefusedException {
        DecodedText decoded = TextDecoder.decode(bytes);
        SourceHeader.Split split = SourceHeader.split(decoded.text());
        String storedText = split.body();
        if (TextDecoder.isBlank(storedText)) {
            throw new ImportRefusedException("no article text after the header");
        }
        List<TextSpan> spans = PassageSplitter.split(storedText);
        List<PassageClassification> kinds = classifier.classify(spans);
        List<NewPassage> passages = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            TextSpan span = spans.get(i);
            PassageClassification kind = kinds.get(i);
            passages.add(new NewPassage(i + 1, formInContext(spans, kinds, i), kind.kind(), kind.reason(),
                    span.start(), span.end(), span.text()));
        }
        SourceHeader header = split.header();
        String title = header.title();
        boolean supplied = header.titleSupplied();
        if (title == null) {
            title = titleFromText(passages);
            supplied = title.startsWith("[");
        }
        String language = header.language() != null ? header.language() : LanguageGuess.guess(storedText);
        return new ParsedArticle(fileName, title, supplied, header.publisher(), header.author(), header.date(),
                language, header.url(), sha256(bytes), sha256(storedText.getBytes(StandardCharsets.UTF_8)),
                decoded.encoding(), storedText, passages);
    }

    /** A heading introduces article text; one followed by junk (a byline before the teasers) is a paragraph. */
    private static PassageForm formInContext(List<TextSpan> spans, List<PassageClassification> kinds, int i) {
        PassageForm form = spans.get(i).form();
        boolean nextIsJunk = i + 1 < kinds.size() && kinds.get(i + 1).kind() == PassageKind.BOILERPLATE;
        return form == PassageForm.HEADING && nextIsJunk ? PassageForm.PARAGRAPH : form;
    }

    /** The article's heading when it opens with one; otherwise a supplied title in brackets from its first words. */
    static String titleFromText(List<NewPassage> passages) {
        List<NewPassage> body = passages.stream().filter(p -> p.kind() == PassageKind.BODY).limit(3).toList();
        for (NewPassage passage : body) {
            if (passage.form() == PassageForm.HEADING) {
                return passage.text();
            }
        }
        NewPassage first = body.isEmpty() ? passages.get(0) : body.get(0);
        String[] words = first.text().split("\\s+");
        if (words.length <= SUPPLIED_TITLE_WORDS && first.text().length() <= 120) {
            return "[" + first.text() + "]";
        }
        return "[" + String.join(" ", List.of(words).subList(0, SUPPLIED_TITLE_WORDS)) + " …]";
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
