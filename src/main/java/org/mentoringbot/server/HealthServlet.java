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
import java.util.function.Supplier;

/**
 * {@code GET /health}: 200 with {"status":"ok",...} when the bot can work, 503 when it can't.
 * Extra sections (the outbox's counts) are added by name; one that fails reads "unavailable".
 */
final class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Gson JSON = new Gson();

    private final transient BooleanSupplier databaseReachable;
    private final transient Map<String, String> platforms;
    private final transient Map<String, Supplier<?>> sections;

    HealthServlet(BooleanSupplier databaseReachable, Map<String, String> platforms, Map<String, Supplier<?>> sections) {
        this.databaseReachable = databaseReachable;
        this.platforms = Map.copyOf(platforms);
        this.sections = new LinkedHashMap<>(sections);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean database = databaseReachable.getAsBoolean();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", database ? "ok" : "unavailable");
        body.put("database", database ? "up" : "down");
        body.put("platforms", platforms);
        sections.forEach((name, section) -> body.put(name, database ? read(section) : "unavailable"));
        response.setStatus(database ? 200 : 503);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSON.toJson(body).getBytes(StandardCharsets.UTF_8));
    }

    private static Object read(Supplier<?> section) {
        try {
            return section.get();
        } catch (RuntimeException e) {
            return "unavailable";
        }
    }
}
