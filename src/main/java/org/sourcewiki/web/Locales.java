package org.sourcewiki.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** The interface language: the reader's choice (a cookie set by the switch), else Accept-Language, else English. */
public final class Locales {
    public static final String COOKIE = "lang";
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Locales() {
    }

    public static Locale of(Context ctx) {
        String chosen = ctx.cookie(COOKIE);
        if (chosen != null) {
            for (Locale locale : SUPPORTED) {
                if (locale.getLanguage().equals(chosen)) {
                    return locale;
                }
            }
        }
        return fromAcceptLanguage(ctx.header("Accept-Language"));
    }

    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    public static boolean isSupported(String language) {
        return SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(language));
    }
}
