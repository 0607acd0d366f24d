package org.sourcewiki.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.sax.ToXMLContentHandler;
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

    @Override
    public ExtractedDocument read(byte[] bytes, String declaredCharset) throws ImportRefusedException {
        Metadata tika = new Metadata();
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        try {
            new OpenDocumentParser().parse(new ByteArrayInputStream(bytes), xhtml, tika, new ParseContext());
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
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
                .ifPresent(date -> metadata.offer(StatedMetadata.DATE, date, ORIGIN));
        metadata.offer(StatedMetadata.PUBLISHER, tika.get(TikaCoreProperties.PUBLISHER), ORIGIN);
        metadata.offer(StatedMetadata.LANGUAGE, HtmlMetadata.primaryLanguage(tika.get(TikaCoreProperties.LANGUAGE)),
                ORIGIN);
        return new ExtractedDocument(text.text(), text.spans(), metadata, DocumentFormat.ODT.mediaType(), "ODT");
    }
}
