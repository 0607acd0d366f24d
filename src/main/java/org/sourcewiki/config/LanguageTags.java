package org.sourcewiki.config;

import java.util.regex.Pattern;

/** BCP 47 language tags (RFC 5646) as pages and the wiki state their language: a language and optional subtags. */
public final class LanguageTags {
    private static final Pattern TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,4}");

    private LanguageTags() {
    }

    /** Whether text is a well-formed tag: fr, en, pt-BR, zh-Hant-TW (not whether the language exists). */
    public static boolean isValid(String text) {
        return text != null && TAG.matcher(text).matches();
    }
}
