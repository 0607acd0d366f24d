package org.sourcewiki.source;

/**
 * A block of the stored text found by a reader. Start and end count Unicode code points, as the W3C
 * TextPositionSelector does, so that {@code text} is exactly the code points start (inclusive) to end (exclusive).
 * The context says where the block sat in its document (plain text: {@link BlockContext#TEXT}).
 */
public record TextSpan(PassageForm form, int start, int end, String text, BlockContext context) {
    public TextSpan(PassageForm form, int start, int end, String text) {
        this(form, start, end, text, BlockContext.TEXT);
    }
}
