package org.sourcewiki.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A saved or fetched web page, read with jsoup: the stored text is what a reader of the page reads, block by block
 * ({@link HtmlBlocks}), and the metadata is what the page states ({@link HtmlMetadata}).
 *
 * <p>The character encoding is, in this order (as the HTML standard's encoding sniffing has it): a byte-order mark;
 * the charset a transport declared (HTTP {@code Content-Type}); a {@code <meta charset>} or
 * {@code http-equiv=Content-Type} declaration or an XML declaration; otherwise UTF-8 when the bytes are valid
 * UTF-8, else windows-1252 (which the standard uses for ISO-8859-1 too).
 */
public final class HtmlReader implements DocumentReader {
    private final String baseUri;

    /** baseUri: where the page was fetched from, to resolve relative canonical addresses; null for a file. */
    public HtmlReader(String baseUri) {
        this.baseUri = baseUri == null ? "" : baseUri;
    }

    @Override
    public ExtractedDocument read(byte[] bytes, String declaredCharset) throws ImportRefusedException {
        if (bytes.length == 0) {
            throw new ImportRefusedException("empty file");
        }
        Document doc = parse(bytes, declaredCharset);
        StatedMetadata metadata = HtmlMetadata.read(doc, baseUri);
        StoredTextBuilder text = new StoredTextBuilder();
        new HtmlBlocks(true, text).read(doc.body() != null ? doc.body() : doc);
        if (text.isEmpty()) {
            throw new ImportRefusedException("the HTML page holds no readable text");
        }
        return new ExtractedDocument(text.text(), text.spans(), metadata, "text/html", doc.charset().name());
    }

    Document parse(byte[] bytes, String declaredCharset) throws ImportRefusedException {
        try {
            if (!hasByteOrderMark(bytes) && declaredCharset != null && Charset.isSupported(declaredCharset)) {
                return Jsoup.parse(new ByteArrayInputStream(bytes), declaredCharset, baseUri);
            }
            Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri);
            if (!hasByteOrderMark(bytes) && !declaresCharset(doc) && !isUtf8(bytes)) {
                return Jsoup.parse(new ByteArrayInputStream(bytes), "windows-1252", baseUri);
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            throw new ImportRefusedException("the HTML page cannot be read: " + e.getMessage());
        }
    }

    private static boolean declaresCharset(Document doc) {
        if (doc.selectFirst("meta[charset]") != null) {
            return true;
        }
        var httpEquiv = doc.selectFirst("meta[http-equiv~=(?i)content-type][content]");
        if (httpEquiv != null && httpEquiv.attr("content").toLowerCase().contains("charset=")) {
            return true;
        }
        return doc.childNodeSize() > 0 && doc.childNode(0) instanceof org.jsoup.nodes.XmlDeclaration decl
                && !decl.attr("encoding").isEmpty();
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF) || TextDecoder.startsWith(bytes, 0xFE, 0xFF)
                || TextDecoder.startsWith(bytes, 0xFF, 0xFE);
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
