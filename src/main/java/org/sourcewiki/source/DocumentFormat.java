package org.sourcewiki.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The formats an import reads, and how a file's format is told: by its bytes first (a PDF header, a ZIP holding a
 * Word or OpenDocument text), then by the media type a web server declared, then by the file name's extension, then
 * by sniffing the first bytes for HTML markup as the WHATWG MIME Sniffing standard does (a document starting, after
 * white space, with {@code <!DOCTYPE HTML}, {@code <html}, {@code <head}, {@code <body}, {@code <p}, {@code <div} …).
 * Anything else is read as plain text, where {@link TextDecoder} refuses binary files with their kind. A name and
 * bytes that disagree are settled by the bytes: a ".txt" that opens as an HTML document is a page, an ".html" without
 * a single tag is a text.
 */
public enum DocumentFormat {
    TEXT("text/plain"),
    HTML("text/html"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text");

    private static final String[] HTML_STARTS = {"<!doctype html", "<html", "<head", "<body", "<script", "<iframe",
            "<h1", "<div", "<font", "<table", "<a ", "<style", "<title", "<b>", "<br", "<p>", "<p ", "<meta", "<article"};
    private static final int SNIFF_BYTES = 1024;
    /** An HTML tag's or comment's opening: "<p", "</", "<!". */
    private static final Pattern TAG = Pattern.compile("<[A-Za-z!/]");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The reader for this format; baseUri is the address a page was fetched from, or null. */
    public DocumentReader reader(String baseUri) {
        return switch (this) {
            case TEXT -> new PlainTextReader();
            case HTML -> new HtmlReader(baseUri);
            case PDF -> new PdfReader();
            case DOCX -> new DocxReader();
            case ODT -> new OdtReader();
        };
    }

    /**
     * @param fileName            the file's name (only its extension is read), or null
     * @param bytes               the file's bytes
     * @param declaredMediaType   a web server's media type without parameters, or null
     */
    public static DocumentFormat detect(String fileName, byte[] bytes, String declaredMediaType) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF-")) {
            return PDF;
        }
        if (head.startsWith("PK\u0003\u0004")) {
            DocumentFormat office = officeFormat(bytes);
            if (office != null) {
                return office;
            }
        }
        if (declaredMediaType != null) {
            switch (declaredMediaType.toLowerCase(Locale.ROOT)) {
                case "text/html", "application/xhtml+xml" -> {
                    return HTML;
                }
                case "text/plain" -> {
                    return TEXT;
                }
                default -> {
                    // bytes and name decide
                }
            }
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".shtml")) {
            // A text saved under a page's name holds no tag at all: read as HTML, its paragraphs would run together.
            return TAG.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find() ? HTML : TEXT;
        }
        if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
            // A saved web page under a text's name opens as a document does ("<!DOCTYPE html", "<html"): read as a
            // page, its markup and scripts never become the article's words.
            return documentStart(head) ? HTML : TEXT;
        }
        return looksLikeHtml(head) ? HTML : TEXT;
    }

    /** Whether the first bytes open a whole HTML document: "<!DOCTYPE html" or "<html", after white space and comments. */
    static boolean documentStart(String head) {
        String start = withoutPreamble(head);
        return start != null && (start.startsWith("<!doctype html") || start.startsWith("<html"));
    }

    static boolean looksLikeHtml(String head) {
        String start = withoutPreamble(head);
        if (start == null) {
            return false;
        }
        for (String tag : HTML_STARTS) {
            if (start.startsWith(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The first bytes in lower case without a byte-order mark, white space, comments or an XML declaration. */
    private static String withoutPreamble(String head) {
        String start = head.replaceFirst("^(\u00EF\u00BB\u00BF|\u00FE\u00FF|\u00FF\u00FE)", "").stripLeading()
                .toLowerCase(Locale.ROOT);
        while (start.startsWith("<!--") || start.startsWith("<?xml")) {
            int end = start.indexOf(start.startsWith("<!--") ? "-->" : "?>");
            if (end < 0) {
                return null;
            }
            start = start.substring(end + (start.startsWith("<!--") ? 3 : 2)).stripLeading();
        }
        return start;
    }

    /** DOCX holds word/document.xml; ODT names its media type in a first entry called mimetype. */
    private static DocumentFormat officeFormat(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 200) {
                String name = entry.getName();
                if (name.equals("word/document.xml")) {
                    return DOCX;
                }
                if (name.equals("mimetype")) {
                    String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    if (type.equals(ODT.mediaType)) {
                        return ODT;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
