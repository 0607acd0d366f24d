package org.sourcewiki.account;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.sourcewiki.web.Auth;
import org.sourcewiki.web.LocalPaths;

/** Sign in and out, one's own password, and the admin's list of accounts. */
public final class AccountController {
    private final AccountService accounts;
    private final Auth auth;

    public AccountController(AccountService accounts, Auth auth) {
        this.accounts = accounts;
        this.auth = auth;
    }

    public void serveLogin(Context ctx) {
        ctx.render("login", Map.of("next", LocalPaths.orHome(ctx.queryParam("next")), "username", ""));
    }

    public void handleLogin(Context ctx) {
        String name = ctx.formParam("username");
        String next = LocalPaths.orHome(ctx.formParam("next"));
        String csrf = AccountService.newToken();
        AccountService.LoginResult result = accounts.login(name, ctx.formParam("password"), auth.clientAddress(ctx), csrf);
        if (result instanceof AccountService.LoginResult.Success success) {
            auth.startSession(ctx, success.sessionToken(), csrf);
            ctx.redirect(next);
            return;
        }
        AccountService.LoginResult.Failure failure = (AccountService.LoginResult.Failure) result;
        Map<String, Object> model = new HashMap<>();
        model.put("next", next);
        model.put("username", name == null ? "" : name);
        model.put("error", failure.messageKey());
        model.put("wait", failure.waitSeconds());
        if (failure.waitSeconds() > 0) {
            ctx.header("Retry-After", String.valueOf(failure.waitSeconds()));
        }
        ctx.status(failure.waitSeconds() > 0 ? 429 : 401).render("login", model);
    }

    public void handleLogout(Context ctx) {
        auth.endSession(ctx);
        ctx.redirect("/");
    }

    public void servePassword(Context ctx) {
        Auth.requireEditor(ctx);
        ctx.render("password", Map.of());
    }

    public void handlePassword(Context ctx) {
        Account account = Auth.requireEditor(ctx);
        try {
            accounts.changePassword(account, ctx.cookie(Auth.SESSION_COOKIE), ctx.formParam("current_password"), ctx.formParam("new_password"),
                    ctx.formParam("repeat_password"));
            ctx.render("password", Map.of("done", true));
        } catch (AccountException e) {
            ctx.status(400).render("password", Map.of("error", e.getMessage()));
        }
    }

    public void serveUsers(Context ctx) {
        Auth.requireAdmin(ctx);
        ctx.render("users", Map.of("people", accounts.people()));
    }

    public void handleUserChange(Context ctx) {
        Account admin = Auth.requireAdmin(ctx);
        long id = ctx.pathParamAsClass("id", Long.class).get();
        String action = ctx.formParam("action");
        try {
            // An admin cannot lock themselves out: someone must still be able to manage accounts.
            if (id == admin.id() && ("disable".equals(action) || "editor".equals(action))) {
                throw new AccountException("users.notYourself");
            }
            switch (action == null ? "" : action) {
                case "editor", "admin" -> accounts.setRole(id, action);
                case "disable" -> accounts.setDisabled(id, true);
                case "enable" -> accounts.setDisabled(id, false);
                default -> throw new AccountException("users.unknownAction");
            }
            ctx.redirect("/admin/users");
        } catch (AccountException e) {
            ctx.status(400).render("users", Map.of("people", accounts.people(), "error", e.getMessage()));
        }
    }
}
