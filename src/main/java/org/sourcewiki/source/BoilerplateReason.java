package org.sourcewiki.source;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a passage was taken for web-page matter, in words a reader understands: the classifier records a short code
 * (a rule name of boilerplate-rules.tsv such as {@code read-also}, or one of its own such as {@code after-article},
 * {@code repeat-of-p3}, or {@code editor} for a correction), and the source page shows the message
 * {@code boilerplate.reason.{code}} of the interface language. A code without a message of its own (a rule added
 * later) gets the generic wording, never the code itself.
 *
 * @param messageKey the message bundle key to show
 * @param argument   the message's argument (the repeated passage's number for repeat-of-pN), or null
 */
public record BoilerplateReason(String messageKey, Integer argument) {
    /** Codes with a message of their own in both bundles. */
    static final Set<String> WORDED = Set.of("about", "ad", "after-article", "among-junk", "app", "author-bio",
            "before-article", "before-title", "caption", "caption-credit", "comments", "contact", "cookie", "copyright",
            "editor", "empty-label", "feedback", "footer", "generated", "handle", "image-widget", "interface", "kicker",
            "link-density", "link-list", "listen", "media-placeholder", "menu", "nav", "newsletter", "page-date",
            "page-title", "paywall", "photo-credit", "poll", "read-also", "read-more", "reading-time", "share",
            "social", "stopword-density", "subscribe", "tags", "teaser", "timestamp", "tip-line", "views",
            "breadcrumb", "breaking", "consent", "correction", "date-widget", "disclaimer", "donate", "embed-blocked",
            "font", "login", "tools", "video", "site-template", "ticker", "repeated-label", "print-edition", "letters",
            "pdf", "related", "save", "tip", "label-run", "weather", "alt-text", "trust", "age-notice",
            "author-link", "notice", "disclosure", "counter", "chart", "summary", "shopping", "box");
    private static final Pattern REPEAT = Pattern.compile("repeat-of-p([0-9]{1,9})");
    public static final String GENERIC = "boilerplate.reason.other";

    public static BoilerplateReason of(String code) {
        if (code == null || code.isBlank()) {
            return new BoilerplateReason(GENERIC, null);
        }
        Matcher repeat = REPEAT.matcher(code);
        if (repeat.matches()) {
            return new BoilerplateReason("boilerplate.reason.repeat", Integer.valueOf(repeat.group(1)));
        }
        return new BoilerplateReason(WORDED.contains(code) ? "boilerplate.reason." + code : GENERIC, null);
    }
}
