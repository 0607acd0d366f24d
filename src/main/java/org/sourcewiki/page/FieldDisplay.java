package org.sourcewiki.page;

import java.util.List;

/** One structured field as a page shows it: a label and values, which may link to pages. */
public record FieldDisplay(String name, List<Value> values) {
    public record Value(String text, String href, boolean exists, String messageKey) {
    }
}
