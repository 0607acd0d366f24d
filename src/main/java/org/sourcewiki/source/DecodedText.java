package org.sourcewiki.source;

/** Text decoded from a file's bytes and normalised (line endings, NFC), with the encoding it was read in. */
public record DecodedText(String text, String encoding) {
}
