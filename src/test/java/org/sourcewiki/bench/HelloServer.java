package org.sourcewiki.bench;

import io.javalin.Javalin;

/**
 * The bare framework's ceiling for bench/speed.sh: Javalin answering "hello" on one route, started as a JVM of its
 * own with the same heap settings as the wiki. Arguments: the port.
 */
public final class HelloServer {
    private HelloServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(app -> {
            app.startup.showJavalinBanner = false;
            app.jetty.port = port;
            app.routes.get("/hello", ctx -> ctx.result("hello"));
        }).start();
    }
}
