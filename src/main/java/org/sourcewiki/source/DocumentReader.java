package org.sourcewiki.source;

/**
 * Reads one document format into stored text, blocks and stated metadata. One implementation per format; none of
 * them parses a format by hand (jsoup for HTML, PDFBox for PDF, POI for DOCX, Tika for ODT).
 */
public interface DocumentReader {
    /**
     * @param bytes           the whole original file
     * @param declaredCharset the charset a transport declared (an HTTP {@code Content-Type} parameter), or null
     * @throws ImportRefusedException with a one-line reason when the file cannot become a source
     */
    ExtractedDocument read(byte[] bytes, String declaredCharset) throws ImportRefusedException;
}
