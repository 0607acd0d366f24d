package org.sourcewiki.markup;

import org.commonmark.node.CustomNode;

/**
 * A [[Title]], [[Title|label]], [[Title#Section]] or [[#Section]] link. The title is already normalised and is
 * empty for a section of the same page; the anchor (the section's id, see {@link Anchors}) is null without a
 * section.
 */
public final class WikiLink extends CustomNode {
    private final String title;
    private final String anchor;
    private String label;

    public WikiLink(String title, String anchor, String label) {
        this.title = title;
        this.anchor = anchor;
        this.label = label;
    }

    public WikiLink(String title, String label) {
        this(title, null, label);
    }

    public String title() {
        return title;
    }

    public String anchor() {
        return anchor;
    }

    public String label() {
        return label;
    }

    void setLabel(String label) {
        this.label = label;
    }

    /** A link to a section of the page it stands on. */
    public boolean samePage() {
        return title.isEmpty();
    }
}
