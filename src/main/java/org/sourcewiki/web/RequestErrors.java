package org.sourcewiki.web;

import java.nio.channels.ClosedChannelException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * Tells a request the client got wrong from a fault of the wiki, whatever layer noticed it. Jetty parses form and
 * multipart bodies lazily, the first time anything reads a form field (the CSRF check, before any handler), and
 * reports a malformed body, an oversized part or an unknown charset as an exception wrapped in servlet exceptions;
 * those are the client's: they get a 4xx with a message in words (RFC 9110 section 15.5), never a 500.
 */
public final class RequestErrors {
    /** A 4xx answer: status, message key and its arguments. */
    public record ClientError(int status, String messageKey, Object... arguments) {
    }

    private RequestErrors() {
    }

    /**
     * The reader closed the connection before the answer was written (a closed tab, a benchmark that stopped, a
     * proxy's timeout): Jetty's {@link EofException} or a closed channel anywhere in the causes. Nothing is wrong with
     * the wiki and nobody is left to answer, so it is no error to log with a stack trace.
     */
    public static boolean readerWentAway(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EofException || cause instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client error behind this exception, if it is one: 413 for a body or file over a size limit, 415 for a
     * charset the wiki cannot read, 400 for any other malformed body (no boundary, truncated), with a message of its own
     * when a part's headers are broken, as a control character or line break in a file name breaks them.
     *
     * @param maxFileBytes the largest file accepted, named in the 413 message
     */
    public static Optional<ClientError> classify(Throwable error, long maxFileBytes) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnsupportedCharsetException || cause instanceof IllegalCharsetNameException) {
                return Optional.of(new ClientError(415, "request.charset"));
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("max file size exceeded") || message.contains("max length exceeded")
                    || message.contains("request exceeds") || message.contains("too large")
                    || message.contains("maxrequestsize") || message.contains("413")) {
                return Optional.of(new ClientError(413, "request.tooLarge", Formats.bytes(maxFileBytes)));
            }
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(new ClientError(400, inPartHeaders(error) ? "request.fileNameControl" : "request.malformed"));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether Jetty's multipart parser threw this (or a cause of it) while reading the headers of a part ("invalid byte 1", "invalid
     * header name", "invalid CR-only EOL"). A browser writes those headers itself; the one thing in them it copies
     * from the user is a file's name, so a control character or line break in a file name is what breaks them.
     */
    static boolean inPartHeaders(Throwable error) {
        // Jetty wraps the parser's exception ("bad multipart", a CompletionException): the first one thrown tells.
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().startsWith("org.eclipse.jetty.http.MultiPart$Parser")
                        && frame.getMethodName().startsWith("parseHeader")) {
                    return true;
                }
            }
        }
        return false;
    }
}
