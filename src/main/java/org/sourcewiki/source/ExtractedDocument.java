package org.sourcewiki.source;

import java.util.List;

/**
 * What a {@link DocumentReader} read from a file, before boilerplate is told apart.
 *
 * @param storedText the text a reader reads, in reading order, normalised to NFC with {@code \n} line ends
 * @param spans      its blocks in reading order, offsets in code points of storedText, each with its context
 * @param metadata   what the document states about itself, with origins
 * @param mediaType  the original file's media type, e.g. {@code text/html} (without parameters)
 * @param encoding   the character encoding the text was read in ({@code UTF-8}, {@code windows-1252} …), or the
 *                   format's name for binary formats ({@code PDF}, {@code DOCX}, {@code ODT})
 */
public record ExtractedDocument(String storedText, List<TextSpan> spans, StatedMetadata metadata, String mediaType,
                                String encoding) {
}
