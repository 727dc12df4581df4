package org.mentoringbot.server;

import com.google.gson.Gson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** {@code GET /health}: 200 with {"status":"ok",...} when the bot can work, 503 when it can't. */
final class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Gson JSON = new Gson();

    private final transient BooleanSupplier databaseReachable;
    private final transient Map<String, String> platforms;

    HealthServlet(BooleanSupplier databaseReachable, Map<String, String> platforms) {
        this.databaseReachable = databaseReachable;
        this.platforms = Map.copyOf(platforms);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean database = databaseReachable.getAsBoolean();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", database ? "ok" : "unavailable");
        body.put("database", database ? "up" : "down");
        body.put("platforms", platforms);
        response.setStatus(database ? 200 : 503);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSON.toJson(body).getBytes(StandardCharsets.UTF_8));
    }
}
