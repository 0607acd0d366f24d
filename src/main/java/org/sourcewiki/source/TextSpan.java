package org.sourcewiki.source;

/**
 * A block of the stored text found by the splitter. Start and end count Unicode code points, as the W3C
 * TextPositionSelector does, so that {@code text} is exactly the code points start (inclusive) to end (exclusive).
 */
public record TextSpan(PassageForm form, int start, int end, String text) {
}
