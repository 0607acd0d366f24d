package org.sourcewiki.source;

/** A file that cannot become a source; the message is the one-line reason shown to the user. */
public class ImportRefusedException extends Exception {
    public ImportRefusedException(String reason) {
        super(reason);
    }
}
