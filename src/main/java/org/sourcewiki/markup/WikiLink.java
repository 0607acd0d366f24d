package org.sourcewiki.markup;

import org.commonmark.node.CustomNode;

/** A [[Title]] or [[Title|label]] link to a wiki page; the title is already normalised. */
public final class WikiLink extends CustomNode {
    private final String title;
    private final String label;

    public WikiLink(String title, String label) {
        this.title = title;
        this.label = label;
    }

    public String title() {
        return title;
    }

    public String label() {
        return label;
    }
}
