package org.sourcewiki.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.SAXException;

/**
 * An OpenDocument text (ODT), read with Apache Tika's OpenDocument parser into XHTML ({@code h1}…, {@code p},
 * {@code li}, table cells), whose blocks are then read as an HTML page's are, without page chrome. Metadata from
 * the document's meta.xml (origin {@code odt}): title, creator, creation date, language.
 */
public final class OdtReader implements DocumentReader {
    static final String ORIGIN = "odt";
    /** The most characters of markup an OpenDocument text may expand to. */
    private static final int MAX_MARKUP_CHARS = 40_000_000;

    @Override
    public ExtractedDocument read(byte[] bytes, String declaredCharset) throws ImportRefusedException {
        Metadata tika = new Metadata();
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        // A document whose markup runs past the limit is a zip bomb: stop reading it there, not when memory runs out.
        WriteOutContentHandler limited = new WriteOutContentHandler(xhtml, MAX_MARKUP_CHARS);
        try {
            new OpenDocumentParser().parse(new ByteArrayInputStream(bytes), limited, tika, new ParseContext());
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ImportRefusedException(String.format(Locale.ROOT, "the OpenDocument text is too large: its content runs"
                        + " past %,d characters", MAX_MARKUP_CHARS));
            }
            throw new ImportRefusedException("the OpenDocument text cannot be read: " + e.getMessage());
        } catch (IOException | TikaException | RuntimeException e) {
            throw new ImportRefusedException("the OpenDocument text cannot be read: " + e.getMessage());
        }
        Document doc = Jsoup.parse(xhtml.toString());
        StoredTextBuilder text = new StoredTextBuilder();
        new HtmlBlocks(false, text).read(doc.body());
        if (text.isEmpty()) {
            throw new ImportRefusedException("the OpenDocument text holds no text");
        }
        StatedMetadata metadata = new StatedMetadata();
        metadata.offer(StatedMetadata.TITLE, tika.get(TikaCoreProperties.TITLE), ORIGIN);
        metadata.offer(StatedMetadata.AUTHOR, tika.get(TikaCoreProperties.CREATOR), ORIGIN);
        StatedDates.fromMetadata(tika.get(TikaCoreProperties.CREATED))
                .ifPresent(date -> metadata.offerFallback(StatedMetadata.DATE, date, ORIGIN)); // a stated date wins
        metadata.offer(StatedMetadata.PUBLISHER, tika.get(TikaCoreProperties.PUBLISHER), ORIGIN);
        metadata.offer(StatedMetadata.LANGUAGE, HtmlMetadata.primaryLanguage(tika.get(TikaCoreProperties.LANGUAGE)),
                ORIGIN);
        return new ExtractedDocument(text.text(), text.spans(), metadata, DocumentFormat.ODT.mediaType(), "ODT");
    }
}
