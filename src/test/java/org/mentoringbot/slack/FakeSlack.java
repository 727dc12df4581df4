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
    }

    /** Makes users.info describe this user with a display name, locale and time zone. */
    void knowsUser(String userId, String displayName, String locale, String tz) {
        server.stubFor(post(urlPathEqualTo("/api/users.info"))
                .withRequestBody(containing("user=" + userId))
                .atPriority(1)
                .willReturn(json("""
                        {"ok":true,"user":{"id":"%s","name":"x","real_name":"%s","tz":"%s","locale":"%s",
                         "profile":{"display_name":"%s"}}}""".formatted(userId, displayName, tz, locale, displayName))));
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
