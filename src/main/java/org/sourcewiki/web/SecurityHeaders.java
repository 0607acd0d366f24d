package org.sourcewiki.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers of every answer: the wiki's pages (a before-handler) and the error pages Jetty writes itself
 * for requests it refuses before Javalin sees them (an ambiguous path, a header too large). Over https, HSTS too
 * (RFC 6797).
 */
public final class SecurityHeaders {
    private final Map<String, String> headers = new LinkedHashMap<>();

    public SecurityHeaders(boolean https) {
        headers.put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                + "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
        if (https) {
            headers.put("Strict-Transport-Security", "max-age=31536000");
        }
    }

    public void addTo(Context ctx) {
        headers.forEach(ctx::header);
    }

    /** Jetty's own error pages, with the same headers and without server details. */
    public ErrorHandler errorHandler() {
        return new ErrorHandler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                headers.forEach((name, value) -> response.getHeaders().put(name, value));
                return super.handle(request, response, callback);
            }
        };
    }
}
