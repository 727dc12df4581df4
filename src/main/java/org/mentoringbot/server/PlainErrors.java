package org.mentoringbot.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Error answers as one short plain-text line ("404 Not Found"), instead of Jetty's HTML page that
 * names the server and its version. The reason is the standard one: never a message or a stack.
 */
final class PlainErrors {
    private PlainErrors() {}

    static String text(int status) {
        String reason = HttpStatus.getMessage(status);
        return status + " " + (reason == null ? "Error" : reason) + "\n";
    }

    private static boolean writePlain(Response response, Callback callback, int status) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.write(true, ByteBuffer.wrap(text(status).getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static ByteBuffer badMessage(int status, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        return ByteBuffer.wrap(text(status).getBytes(StandardCharsets.UTF_8));
    }

    /** For requests that reach no context: malformed HTTP, for one. */
    static final class ForServer extends org.eclipse.jetty.server.handler.ErrorHandler {
        @Override
        public boolean errorPageForMethod(String method) {
            return true; // a DELETE to a wrong place gets the same line as a GET
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                List<Charset> charsets, int status, String message, Throwable cause) throws IOException {
            return writePlain(response, callback, status);
        }

        @Override
        @SuppressWarnings("removal") // Jetty 12.1 still calls it for malformed HTTP; revisit when upgrading Jetty
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            return badMessage(status, fields);
        }
    }

    /** Every path no endpoint has, with any method: 404, through the error handler above. */
    static final class NotFound extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** For the servlets' context: unknown paths (404) and methods an endpoint does not take (405). */
    static final class ForServlets extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
        @Override
        public boolean errorPageForMethod(String method) {
            return true; // a DELETE to a wrong place gets the same line as a GET
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                List<Charset> charsets, int status, String message, Throwable cause) throws IOException {
            return writePlain(response, callback, status);
        }

        @Override
        @SuppressWarnings("removal") // Jetty 12.1 still calls it for malformed HTTP; revisit when upgrading Jetty
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            return badMessage(status, fields);
        }
    }
}
