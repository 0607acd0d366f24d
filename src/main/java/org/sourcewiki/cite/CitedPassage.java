package org.sourcewiki.cite;

/**
 * A passage of a source being cited: its number (the CSL locator, label "paragraph"), its words and its address
 * on the wiki (absolute, ending in #p{number}).
 */
public record CitedPassage(int number, String text, String address) {
}
