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
 * UTF-8, else windows-1252 (which the standard uses for ISO-8859-1 too). A page that is UTF-8 except for a few
 * broken byte sequences, declared so or not, is refused naming the first broken byte, as a text file is
 * ({@link TextDecoder}), whatever charset it declares: read as windows-1252 every accent would be garbled, and
 * jsoup would put U+FFFD for the broken bytes without a word. A declaration the bytes belie is not followed (as chardet and browsers' detectors
 * reason): valid UTF-8 with multi-byte letters declared in another charset is UTF-8; "UTF-8" over bytes with no
 * UTF-8 sequence at all is windows-1252. NUL bytes without a byte-order mark are refused, as in a text file.
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
        boolean bom = hasByteOrderMark(bytes);
        int nul = bom ? -1 : TextDecoder.indexOfNul(bytes);
        if (nul >= 0) {
            throw new ImportRefusedException("binary file: NUL byte at offset " + nul
                    + " (a page in UTF-16 needs a byte-order mark)"); // as a text file: never read NULs as text
        }
        boolean utf8 = isUtf8(bytes);
        TextDecoder.Utf8Scan scan = TextDecoder.Utf8Scan.of(bytes);
        Document doc = parseAs(bytes, !bom && declaredCharset != null && Charset.isSupported(declaredCharset)
                ? declaredCharset : null);
        if (bom) {
            return doc;
        }
        if (!declaresCharset(doc) && declaredCharset == null && !utf8) {
            refuseBrokenUtf8(scan); // mostly UTF-8: never read as windows-1252
            return parseAs(bytes, "windows-1252");
        }
        boolean readAsUtf8 = doc.charset().equals(StandardCharsets.UTF_8);
        if (!readAsUtf8 && !utf8) {
            // Declared "windows-1252" (or any other charset) over bytes that are UTF-8 but for a few broken
            // sequences: read as declared every accent would be garbled, so refuse as for an undeclared page.
            refuseBrokenUtf8(scan);
        }
        if (!readAsUtf8 && utf8 && scan.validMultiByte() > 0) {
            // Declared in another charset ("windows-1252", "shift_jis", "utf-16") but valid UTF-8 with accents
            // or other multi-byte letters: a legacy file hardly ever is by chance, so the declaration is wrong.
            return parseAs(bytes, "UTF-8");
        }
        if (readAsUtf8 && !utf8) {
            refuseBrokenUtf8(scan); // declared UTF-8: jsoup would drop the broken bytes for U+FFFD without a word
            if (scan.validMultiByte() == 0) {
                return parseAs(bytes, "windows-1252"); // declared UTF-8, written in a legacy charset: no sequence is
            }
        }
        return doc;
    }

    private Document parseAs(byte[] bytes, String charset) throws ImportRefusedException {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri);
        } catch (IOException | RuntimeException e) {
            throw new ImportRefusedException("the HTML page cannot be read: " + e.getMessage());
        }
    }

    /**
     * Refuses a page that is UTF-8 except for a few broken byte sequences, as {@link TextDecoder} refuses such a
     * text file (naming the first broken byte); a page that is mostly not UTF-8 passes.
     */
    private static void refuseBrokenUtf8(TextDecoder.Utf8Scan scan) throws ImportRefusedException {
        if (scan.validMultiByte() > scan.invalid()) {
            throw TextDecoder.brokenUtf8(scan);
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
