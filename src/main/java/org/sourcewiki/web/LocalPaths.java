package org.sourcewiki.web;

/** Paths on this site only, so that a "next" parameter cannot send a reader elsewhere. */
public final class LocalPaths {
    private LocalPaths() {
    }

    public static String orHome(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }
}
