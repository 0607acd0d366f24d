package org.sourcewiki.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.sourcewiki.account.Account;
import org.sourcewiki.account.AccountService;

/**
 * Who is asking, and whether a POST really comes from one of our forms. Sessions live in PostgreSQL (so any app
 * server can answer), found by an HttpOnly cookie. Every POST must carry _csrf equal to the reader's CSRF cookie
 * (double submit); the cookies are SameSite=Lax, and Secure when the wiki is served over https.
 */
public final class Auth {
    public static final String SESSION_COOKIE = "sw_session";
    public static final String CSRF_COOKIE = "sw_csrf";
    private static final String ACCOUNT = "sourcewiki.account";
    private static final String CSRF = "sourcewiki.csrf";
    private static final int SESSION_SECONDS = 30 * 24 * 3600;

    private final AccountService accounts;
    private final boolean secure;

    public Auth(AccountService accounts, boolean secure) {
        this.accounts = accounts;
        this.secure = secure;
    }

    public void identify(Context ctx) {
        if (ctx.path().startsWith("/static/")) {
            return; // styles and scripts are the same for everyone: no session lookup, no cookie
        }
        String token = ctx.cookie(SESSION_COOKIE);
        if (token != null) {
            accounts.bySessionToken(token).ifPresent(account -> ctx.attribute(ACCOUNT, account));
        }
        String csrf = ctx.cookie(CSRF_COOKIE);
        if (csrf == null || !csrf.matches("[A-Za-z0-9_-]{43}")) {
            csrf = AccountService.newToken();
            ctx.cookie(cookie(CSRF_COOKIE, csrf, SESSION_SECONDS));
        }
        ctx.attribute(CSRF, csrf);
        if (ctx.method() == HandlerType.POST) {
            String sent = ctx.formParam("_csrf");
            if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), csrf.getBytes(StandardCharsets.UTF_8))) {
                throw new ForbiddenException("csrf.invalid");
            }
        }
    }

    public void startSession(Context ctx, String token) {
        ctx.cookie(cookie(SESSION_COOKIE, token, SESSION_SECONDS));
        // A new CSRF token at sign-in, so one planted before it is worthless after.
        String csrf = AccountService.newToken();
        ctx.cookie(cookie(CSRF_COOKIE, csrf, SESSION_SECONDS));
        ctx.attribute(CSRF, csrf);
    }

    public void endSession(Context ctx) {
        accounts.logout(ctx.cookie(SESSION_COOKIE));
        ctx.cookie(cookie(SESSION_COOKIE, "", 0));
    }

    private Cookie cookie(String name, String value, int maxAge) {
        return new Cookie(name, value, "/", maxAge, secure, true, null, SameSite.LAX);
    }

    public static Optional<Account> account(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ACCOUNT));
    }

    public static String csrf(Context ctx) {
        return ctx.attribute(CSRF);
    }

    public static Account requireEditor(Context ctx) {
        Account account = account(ctx).orElseThrow(() -> new ForbiddenException("auth.signInToEdit"));
        if (!account.canEdit()) {
            throw new ForbiddenException("auth.editorsOnly");
        }
        return account;
    }

    public static Account requireAdmin(Context ctx) {
        Account account = requireEditor(ctx);
        if (!account.isAdmin()) {
            throw new ForbiddenException("auth.adminsOnly");
        }
        return account;
    }
}
