package org.mentoringbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: slash commands, interactivity and events on one URL, as Slack
 * defaults to. Reads the raw body, verifies Slack's signature on exactly those bytes, and only
 * then hands the request to Bolt, unless {@link SlackRequestTriage} answers it first (malformed,
 * a URL check, or a kind of request the bot does not handle).
 */
final class SlackEventsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SlackEventsServlet.class);
    /** Slack's payloads are a few kilobytes; anything near this is not from Slack. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final transient App app;
    private final transient SlackRequestParser parser;
    private final transient SlackRequestSignature signature;
    private final transient SlackRequestTriage triage = new SlackRequestTriage();

    SlackEventsServlet(App app, SlackRequestSignature signature) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signature = signature;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES);
        if (body == null) {
            plain(response, 413, "request body too large");
            return;
        }
        if (!signature.isValid(request.getHeader("X-Slack-Request-Timestamp"), request.getHeader("X-Slack-Signature"), body)) {
            LOG.warn("refused a request to {} with a missing, wrong or stale Slack signature", request.getRequestURI());
            plain(response, 401, "invalid request signature");
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            plain(response, 400, "request body is not UTF-8");
            return;
        }
        SlackRequestTriage.Verdict verdict = triage.triage(request.getContentType(), text);
        if (verdict instanceof SlackRequestTriage.Malformed malformed) {
            LOG.warn("refused a malformed Slack request to {}: {}", request.getRequestURI(), malformed.reason());
            plain(response, 400, "malformed request: " + malformed.reason());
            return;
        } else if (verdict instanceof SlackRequestTriage.Answer answer) {
            plain(response, 200, answer.text());
            return;
        } else if (verdict instanceof SlackRequestTriage.Ignore ignore) {
            LOG.debug("acknowledged without handling: {}", ignore.what());
            response.setStatus(200);
            return;
        }
        Response boltResponse;
        try {
            boltResponse = app.run(parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(request.getRequestURI())
                    .queryString(QueryStringParser.toMap(request.getQueryString()))
                    .headers(new RequestHeaders(headers(request)))
                    .requestBody(text)
                    .remoteAddress(request.getRemoteAddr())
                    .build()));
        } catch (Exception e) {
            LOG.error("Slack request to {} failed", request.getRequestURI(), e);
            plain(response, 500, "internal error");
            return;
        }
        write(response, boltResponse);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    private static void write(HttpServletResponse response, Response boltResponse) throws IOException {
        response.setStatus(boltResponse.getStatusCode());
        boltResponse.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        if (boltResponse.getContentType() != null) {
            response.setContentType(boltResponse.getContentType());
        }
        if (boltResponse.getBody() != null) {
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(boltResponse.getBody().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
