package org.mentoringbot.server;

import jakarta.servlet.http.HttpServlet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The bot's HTTP endpoints on Jetty: platform webhooks and {@code /health}. */
public final class HttpServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    private HttpServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Collects endpoints, then starts. */
    public static final class Builder {
        private final Map<String, HttpServlet> endpoints = new LinkedHashMap<>();
        private final Map<String, String> platforms = new LinkedHashMap<>();
        private final Map<String, Supplier<?>> healthSections = new LinkedHashMap<>();

        public Builder endpoint(String path, HttpServlet servlet) {
            endpoints.put(path, servlet);
            return this;
        }

        /** Named in /health, e.g. slack=http. */
        public Builder platform(String name, String how) {
            platforms.put(name, how);
            return this;
        }

        /** A section of /health, read on each request, e.g. outbox={"pending":0,"failed":0}; numbers, never content. */
        public Builder health(String name, Supplier<?> section) {
            healthSections.put(name, section);
            return this;
        }

        public HttpServer start(String host, int port, BooleanSupplier databaseReachable) throws Exception {
            Server server = new Server();
            // Neither a Server header nor an error page says which server (and version) this is.
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            server.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler();
            context.setContextPath("/");
            endpoints.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
            context.addServlet(new ServletHolder(new HealthServlet(databaseReachable, platforms, healthSections)), "/health");
            context.addServlet(new ServletHolder(new PlainErrors.NotFound()), "/");
            context.setErrorHandler(new PlainErrors.ForServlets());
            server.setErrorHandler(new PlainErrors.ForServer());
            server.setHandler(context);
            server.setStopAtShutdown(false);
            server.start();
            return new HttpServer(server, connector);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The port actually listened on (useful when 0 asked for any free one). */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the HTTP server did not stop: " + e.getMessage(), e);
        }
    }
}
