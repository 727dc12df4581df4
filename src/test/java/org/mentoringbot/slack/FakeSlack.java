package org.mentoringbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/**
 * Slack's Web API and response URLs, faked on 127.0.0.1 so no test leaves the machine.
 * Knows every user as an English speaker in Oslo unless told otherwise.
 */
final class FakeSlack implements AutoCloseable {
    static final String TEAM = "T0SAMPLE01";

    private final WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());

    FakeSlack() {
        server.start();
        server.stubFor(post(urlPathEqualTo("/api/auth.test")).willReturn(json("""
                {"ok":true,"url":"https://lindeskolen.slack.com/","team":"Lindeskolen","user":"mentoring",
                 "team_id":"T0SAMPLE01","user_id":"U0BOT","bot_id":"B0BOT"}""")));
        server.stubFor(post(urlPathEqualTo("/api/users.info")).willReturn(json("""
                {"ok":true,"user":{"id":"U0ANY","name":"someone","real_name":"Some One","tz":"Europe/Oslo",
                 "locale":"en-US","profile":{"display_name":""}}}""")));
        server.stubFor(post(urlPathEqualTo("/response-url")).willReturn(aResponse().withStatus(200).withBody("ok")));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(json("{\"ok\":true,\"channel\":\"D0DM\",\"ts\":\"1.2\"}")));
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

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
