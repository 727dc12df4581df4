package org.mentoringbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server never says what it is: no Server header, and errors are one short plain line, not Jetty's page. */
class HttpServerErrorsTest {
    HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.builder().endpoint("/slack/events", new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setStatus(200);
            }
        }).start("127.0.0.1", 0, () -> true);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /nowhere, 404, 404 Not Found",
        "GET, /, 404, 404 Not Found",
        "POST, /slack/nothing, 404, 404 Not Found",
        "GET, /slack/events, 405, 405 Method Not Allowed",
        "POST, /health, 405, 405 Method Not Allowed",
        "DELETE, /health, 405, 405 Method Not Allowed",
    })
    void unknownPathsAndWrongMethodsGetAShortPlainAnswer(String method, String path, int status, String text) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .header("Accept", "text/html")
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(status, response.statusCode());
        assertEquals(text, response.body().strip());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertNothingNamesTheServer(response.headers().map().toString() + response.body());
    }

    @Test
    void aHealthyAnswerHasNoServerHeader() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertFalse(response.headers().firstValue("Server").isPresent(), response.headers().toString());
        assertFalse(response.headers().firstValue("X-Powered-By").isPresent());
    }

    @Test
    void malformedHttpGetsAPlainAnswerToo() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: x\r\nBad Header Without Colon\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(5_000);
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);

            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertNothingNamesTheServer(answer);
            assertFalse(answer.toLowerCase().contains("<html"), answer);
        }
    }

    private static void assertNothingNamesTheServer(String text) {
        assertFalse(text.toLowerCase().contains("jetty"), text);
        assertFalse(text.contains("12.1"), text);
        assertFalse(text.toLowerCase().contains("server="), text);
    }
}
