package org.sourcewiki.page;

public record Backlink(String slug, String title, String kind) {
    public String href() {
        return Titles.path(title);
    }
}
