package org.sourcewiki.markup;

import org.commonmark.node.CustomNode;

/** Something written as a wiki link, [[…]], that cannot be one: shown as written, and refused at save. */
final class BrokenWikiLink extends CustomNode {
    private final String raw;
    private final String messageKey;

    BrokenWikiLink(String raw, String messageKey) {
        this.raw = raw;
        this.messageKey = messageKey;
    }

    String raw() {
        return raw;
    }

    String messageKey() {
        return messageKey;
    }
}
