package org.sourcewiki.page;

import java.util.List;

/** One structured field as a page shows it: a label and values, which may link to pages. */
public record FieldDisplay(String name, List<Value> values) {
    /** A date field (YYYY, YYYY-MM or YYYY-MM-DD): shown in words, with the machine form in time's datetime. */
    public boolean isDate() {
        return PageKind.DATE_FIELDS.contains(name);
    }

    public record Value(String text, String href, boolean exists, String messageKey) {
    }
}
