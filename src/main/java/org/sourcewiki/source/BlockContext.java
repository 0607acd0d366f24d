package org.sourcewiki.source;

/**
 * Where a block sat in the document it was read from, for the boilerplate classifier: what a careful reader sees
 * around a paragraph besides its words. Plain text knows none of it ({@link #TEXT}); an HTML page knows its element,
 * whether it sits in page chrome (a {@code nav}, {@code header}, {@code footer}, {@code aside}, {@code form}, or an
 * element whose class or id names a menu, share bar, comments or ads), and how much of its text is link text
 * (jusText's link density: characters inside {@code a} elements over all characters, 0 to 1).
 *
 * @param element     the HTML element name ({@code p}, {@code h2}, {@code li}, {@code figcaption}, {@code td} …),
 *                    {@code "pdf"} for a PDF paragraph, or {@code "line"} for plain text
 * @param chrome      the chrome container the block sits in ({@code nav}, {@code footer}, {@code class:share} …),
 *                    or null when it sits in none
 * @param linkDensity characters inside links over all characters of the block, 0 to 1
 * @param linkCount   number of links in the block
 */
public record BlockContext(String element, String chrome, double linkDensity, int linkCount) {
    /** A block of plain text: no markup around it. */
    public static final BlockContext TEXT = new BlockContext("line", null, 0, 0);

    public boolean inChrome() {
        return chrome != null;
    }
}
