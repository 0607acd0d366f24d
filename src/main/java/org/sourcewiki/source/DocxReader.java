package org.sourcewiki.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document (DOCX), read with Apache POI: paragraphs in body order, a paragraph in a heading or title style as
 * a heading, a numbered or bulleted paragraph as a list item, each table cell's paragraphs in row order. Metadata
 * from the core document properties (origin {@code docx}): title, creator, and the created date when the text states
 * none (the file's creation is often the day it was saved, not the article's).
 */
public final class DocxReader implements DocumentReader {
    static final String ORIGIN = "docx";
    /** The largest part of a Word file inflated, in bytes. */
    private static final long MAX_PART_BYTES = 40L * 1024 * 1024;
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i).*(heading|titre|title|berschrift|t[ií]tulo).*");

    static {
        // No part of a news article's Word file expands to more than this; a bigger one is a zip bomb, refused
        // before it is inflated into memory (POI's own checks let a 90 MB document.xml through).
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    @Override
    public ExtractedDocument read(byte[] bytes, String declaredCharset) throws ImportRefusedException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StoredTextBuilder text = new StoredTextBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(doc, paragraph, text);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                                text.add(PassageForm.PARAGRAPH, paragraph.getText(), new BlockContext("td", null, 0, 0));
                            }
                        }
                    }
                }
            }
            if (text.isEmpty()) {
                throw new ImportRefusedException("the Word document holds no text");
            }
            return new ExtractedDocument(text.text(), text.spans(), metadata(doc), DocumentFormat.DOCX.mediaType(),
                    "DOCX");
        } catch (IOException | RuntimeException e) {
            throw new ImportRefusedException("the Word document cannot be read: " + e.getMessage());
        }
    }

    private static void paragraph(XWPFDocument doc, XWPFParagraph paragraph, StoredTextBuilder text) {
        String style = paragraph.getStyleID() == null ? "" : paragraph.getStyleID();
        XWPFStyle named = style.isEmpty() || doc.getStyles() == null ? null : doc.getStyles().getStyle(style);
        String styleName = style + " " + (named == null || named.getName() == null ? "" : named.getName());
        if (HEADING_STYLE.matcher(styleName).matches()) {
            text.add(PassageForm.HEADING, paragraph.getText(), new BlockContext("h", null, 0, 0));
        } else if (paragraph.getNumID() != null) {
            text.add(PassageForm.ITEM, paragraph.getText(), new BlockContext("li", null, 0, 0));
        } else {
            text.add(PassageForm.PARAGRAPH, paragraph.getText(), new BlockContext("p", null, 0, 0));
        }
    }

    private static StatedMetadata metadata(XWPFDocument doc) {
        StatedMetadata metadata = new StatedMetadata();
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        metadata.offer(StatedMetadata.TITLE, core.getTitle(), ORIGIN);
        metadata.offer(StatedMetadata.AUTHOR, core.getCreator(), ORIGIN);
        Date created = core.getCreated();
        if (created != null) {
            metadata.offerFallback(StatedMetadata.DATE, created.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                    ORIGIN); // when the file was made: a date the article's text states wins
        }
        var custom = doc.getProperties().getCustomProperties();
        if (custom != null && custom.getProperty("Publisher") != null) {
            metadata.offer(StatedMetadata.PUBLISHER, custom.getProperty("Publisher").getLpwstr(), ORIGIN);
        }
        String language = core.getUnderlyingProperties().getLanguageProperty().orElse(null);
        metadata.offer(StatedMetadata.LANGUAGE, HtmlMetadata.primaryLanguage(language), ORIGIN);
        return metadata;
    }

}
