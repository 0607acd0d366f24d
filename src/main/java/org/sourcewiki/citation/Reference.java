package org.sourcewiki.citation;

/** One numbered note of a page's references list. */
public record Reference(int number, int passageNumber, String words, boolean quoted, boolean boilerplate, String href) {
}
