package org.mentoringbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's Web API and response URLs, faked on 127.0.0.1 so no test leaves the machine.
 * Knows every user as an English speaker in Oslo unless told otherwise. chat.postMessage records
 * what it accepted and, like Slack, answers 429 with Retry-After when posts come faster than
 * its per-channel or workspace-wide limits (unlimited unless given).
 */
final class FakeSlack implements AutoCloseable {
    static final String TEAM = "T0SAMPLE01";

    /** One message chat.postMessage accepted. */
    record Post(String channel, String text, String blocks) {}

    private final PostMessage postMessage;
    private final WireMockServer server;

    FakeSlack() {
        this(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** A Slack whose chat.postMessage takes at most these many posts in any one second. */
    FakeSlack(int perChannelPerSecond, int perWorkspacePerSecond) {
        postMessage = new PostMessage(perChannelPerSecond, perWorkspacePerSecond);
        server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().extensions(postMessage));
        server.start();
        server.stubFor(post(urlPathEqualTo("/api/auth.test")).willReturn(json("""
                {"ok":true,"url":"https://lindeskolen.slack.com/","team":"Lindeskolen","user":"mentoring",
                 "team_id":"T0SAMPLE01","user_id":"U0BOT","bot_id":"B0BOT"}""")));
        server.stubFor(post(urlPathEqualTo("/api/users.info")).willReturn(json("""
                {"ok":true,"user":{"id":"U0ANY","name":"someone","real_name":"Some One","tz":"Europe/Oslo",
                 "locale":"en-US","profile":{"display_name":""}}}""")));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(aResponse().withTransformers(PostMessage.NAME)));
        server.stubFor(post(urlPathEqualTo("/response-url")).willReturn(aResponse().withStatus(200).withBody("ok")));
        for (String method : List.of("views.open", "views.publish", "conversations.kick")) {
            server.stubFor(post(urlPathEqualTo("/api/" + method)).willReturn(json("{\"ok\":true}")));
        }
        server.stubFor(post(urlPathEqualTo("/api/conversations.invite")).willReturn(json("{\"ok\":true,\"channel\":{\"id\":\"C0ANY\"}}")));
        server.stubFor(post(urlPathEqualTo("/api/conversations.create")).willReturn(json(
                "{\"ok\":true,\"channel\":{\"id\":\"C{{randomValue length=10 type='ALPHANUMERIC' uppercase=true}}\"}}")
                .withTransformers("response-template")));
        // Slack's file upload flow: ask for an upload URL, POST the bytes there, complete the upload.
        server.stubFor(post(urlPathEqualTo("/api/files.getUploadURLExternal")).willReturn(json(
                "{\"ok\":true,\"upload_url\":\"" + server.baseUrl() + "/upload/F0FILE\",\"file_id\":\"F0FILE\"}")));
        server.stubFor(post(urlPathEqualTo("/upload/F0FILE")).willReturn(aResponse().withStatus(200).withBody("OK - 42")));
        server.stubFor(post(urlPathEqualTo("/api/files.completeUploadExternal")).willReturn(json(
                "{\"ok\":true,\"files\":[{\"id\":\"F0FILE\",\"title\":\"file\"}]}")));
        server.stubFor(post(urlPathEqualTo("/api/users.list")).willReturn(json("{\"ok\":true,\"members\":[]}")));
    }

    /** Makes a Web API method answer this JSON. */
    void stub(String method, String json) {
        server.stubFor(post(urlPathEqualTo("/api/" + method)).atPriority(1).willReturn(json(json)));
    }

    /** Makes the next call of a Web API method answer this JSON; later calls answer as before. */
    void stubOnce(String method, String json) {
        String scenario = "once-" + method;
        server.stubFor(post(urlPathEqualTo("/api/" + method)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(json(json)).willSetStateTo("answered"));
    }

    /** Makes a Web API method unreachable (the connection is reset) until it is stubbed again. */
    void unreachable(String method) {
        server.stubFor(post(urlPathEqualTo("/api/" + method)).atPriority(1)
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** Every call to a Web API method, oldest first. */
    List<LoggedRequest> calls(String method) {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/api/" + method)));
    }

    /** The bytes of every uploaded file, oldest first. */
    List<byte[]> uploads() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/upload/F0FILE")))
                .stream().map(LoggedRequest::getBody).toList();
    }

    /** A form or JSON parameter of a logged Web API call. */
    static String param(LoggedRequest request, String name) {
        String body = request.getBodyAsString();
        if (body.startsWith("{")) {
            var value = com.google.gson.JsonParser.parseString(body).getAsJsonObject().get(name);
            return value == null ? null : value.isJsonPrimitive() ? value.getAsString() : value.toString();
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Makes users.info describe this user with a display name, locale and time zone. */
    void knowsUser(String userId, String displayName, String locale, String tz) {
        knowsUser(userId, displayName, locale, tz, false);
    }

    void knowsUser(String userId, String displayName, String locale, String tz, boolean bot) {
        server.stubFor(post(urlPathEqualTo("/api/users.info"))
                .withRequestBody(containing("user=" + userId))
                .atPriority(1)
                .willReturn(json("""
                        {"ok":true,"user":{"id":"%s","team_id":"T0SAMPLE01","name":"x","real_name":"%s","tz":"%s","locale":"%s",
                         "is_bot":%s,"profile":{"display_name":"%s"}}}""".formatted(userId, displayName, tz, locale, bot, displayName))));
    }

    /** Makes every call to {@code method} for this channel or user answer this way instead. */
    void answers(String method, String channelOrUser, ResponseDefinitionBuilder response) {
        server.stubFor(post(urlPathEqualTo("/api/" + method))
                .withRequestBody(containing("=" + channelOrUser))
                .atPriority(1)
                .willReturn(response));
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    String apiUrl() {
        return server.baseUrl() + "/api/";
    }

    String responseUrl() {
        return server.baseUrl() + "/response-url";
    }

    List<LoggedRequest> responses() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/response-url")));
    }

    long callsTo(String method) {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/api/" + method))).size();
    }

    /** Messages chat.postMessage accepted, in order. */
    List<Post> posts() {
        return postMessage.accepted();
    }

    /** How often chat.postMessage answered 429. */
    int rateLimitedPosts() {
        return postMessage.refused.get();
    }

    static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** chat.postMessage with Slack's two limits, counted over the last second (a sliding window). */
    private static final class PostMessage implements ResponseDefinitionTransformerV2 {
        static final String NAME = "chat-post-message";
        private final int perChannel;
        private final int perWorkspace;
        private final Map<String, Deque<Long>> channelWindows = new HashMap<>();
        private final Deque<Long> workspaceWindow = new ArrayDeque<>();
        private final List<Post> accepted = new ArrayList<>();
        final AtomicInteger refused = new AtomicInteger();
        private long nextTs = 1_764_000_000_000_100L;

        PostMessage(int perChannel, int perWorkspace) {
            this.perChannel = perChannel;
            this.perWorkspace = perWorkspace;
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
            Map<String, String> fields = form(serveEvent.getRequest().getBodyAsString());
            String channel = fields.getOrDefault("channel", "");
            long now = System.nanoTime();
            Deque<Long> channelWindow = channelWindows.computeIfAbsent(channel, c -> new ArrayDeque<>());
            forgetOlderThanASecond(channelWindow, now);
            forgetOlderThanASecond(workspaceWindow, now);
            if (channelWindow.size() >= perChannel || workspaceWindow.size() >= perWorkspace) {
                refused.incrementAndGet();
                return aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody("{\"ok\":false,\"error\":\"ratelimited\"}").build();
            }
            channelWindow.addLast(now);
            workspaceWindow.addLast(now);
            accepted.add(new Post(channel, fields.get("text"), fields.get("blocks")));
            long ts = nextTs++;
            return json("{\"ok\":true,\"channel\":\"%s\",\"ts\":\"%d.%06d\"}".formatted(channel, ts / 1_000_000, ts % 1_000_000)).build();
        }

        private static void forgetOlderThanASecond(Deque<Long> window, long now) {
            while (!window.isEmpty() && now - window.peekFirst() >= 1_000_000_000L) {
                window.removeFirst();
            }
        }

        synchronized List<Post> accepted() {
            return List.copyOf(accepted);
        }
    }
}
