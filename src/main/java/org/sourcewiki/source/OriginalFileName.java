package org.sourcewiki.source;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The file name an original file downloads as: the imported file's own name when it had one, else the slug with the
 * format's extension; never a path, a control character or a quote. {@link #contentDisposition} gives the header as
 * RFC 6266 describes: {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded} (RFC 8187).
 */
final class OriginalFileName {
    private OriginalFileName() {
    }

    static String contentDisposition(SourceSummary source) {
        String name = of(source);
        String fallback = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    static String of(SourceSummary source) {
        String name = source.fileName() == null ? "" : source.fileName();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = source.slug();
        }
        String extension = extension(source.mediaType());
        if (!name.toLowerCase(Locale.ROOT).contains(".") && extension != null) {
            name += extension;
        }
        return name;
    }

    private static String extension(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        return switch (mediaType) {
            case "text/plain" -> ".txt";
            case "text/html", "application/xhtml+xml" -> ".html";
            case "application/pdf" -> ".pdf";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> ".docx";
            case "application/vnd.oasis.opendocument.text" -> ".odt";
            default -> null;
        };
    }
}
