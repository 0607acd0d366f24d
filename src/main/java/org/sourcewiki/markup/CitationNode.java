package org.sourcewiki.markup;

import java.util.List;
import org.commonmark.node.CustomNode;
import org.sourcewiki.citation.CitationRef;

/** A citation bracket in a page body: its citations, or why it could not be read. */
public final class CitationNode extends CustomNode {
    private final String raw;
    private final List<CitationRef> refs;
    private final String syntaxError;

    CitationNode(String raw, List<CitationRef> refs, String syntaxError) {
        this.raw = raw;
        this.refs = refs;
        this.syntaxError = syntaxError;
    }

    public String raw() {
        return raw;
    }

    public List<CitationRef> refs() {
        return refs;
    }

    public String syntaxError() {
        return syntaxError;
    }
}
