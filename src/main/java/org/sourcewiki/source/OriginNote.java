package org.sourcewiki.source;

/**
 * Where one metadata field of a source was read, for the source page: kind is a message key suffix
 * ({@code header}, {@code passage}, {@code supplied}, {@code guessed}, {@code fetched}, {@code editor},
 * {@code inferred} (a date inferred from the text, not stated as the publication date), or
 * {@code document} for a named piece of the document such as {@code og:title} or {@code pdf}); detail is that name,
 * or the passage number for {@code text passage N}.
 */
public record OriginNote(String kind, String detail) {
    public static OriginNote of(String origin) {
        if (origin == null || origin.isBlank()) {
            return null;
        }
        if (origin.matches("text passage \\d+")) {
            return new OriginNote("passage", origin.substring("text passage ".length()));
        }
        return switch (origin) {
            case "header", "supplied", "guessed", "fetched", "editor", "inferred" -> new OriginNote(origin, origin);
            default -> new OriginNote("document", origin);
        };
    }

    public boolean isPassage() {
        return kind.equals("passage");
    }
}
