package org.sourcewiki.source;

import java.time.OffsetDateTime;

/**
 * How an imported file was obtained when it was fetched from the web rather than read from a file.
 *
 * @param url         the address the page was finally read from (after redirects)
 * @param contentType the HTTP {@code Content-Type} as served, with its parameters (e.g. {@code text/html; charset=UTF-8})
 * @param retrievedAt when the response was received, UTC
 */
public record Retrieval(String url, String contentType, OffsetDateTime retrievedAt) {
    /** The media type without parameters, lower case, or null. */
    public String mediaType() {
        if (contentType == null) {
            return null;
        }
        String type = contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        return type.isEmpty() ? null : type;
    }

    /** The charset parameter of the content type, or null. */
    public String charset() {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                return pair[1].strip().replace("\"", "");
            }
        }
        return null;
    }
}
