package org.sourcewiki.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up interface text; the bundles are plain UTF-8 properties files under i18n/. */
public final class Messages {
    private Messages() {
    }

    public static String get(Locale locale, String key, Object... parameters) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            // Messages without arguments are shown as written: MessageFormat would read their braces as arguments.
            boolean noArguments = parameters == null || java.util.Arrays.stream(parameters).allMatch(java.util.Objects::isNull);
            return noArguments ? pattern : new MessageFormat(pattern, locale).format(parameters);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
