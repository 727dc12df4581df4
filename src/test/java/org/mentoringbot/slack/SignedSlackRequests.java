package org.mentoringbot.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** Sends requests to the bot the way Slack does: over HTTP, signed over the exact body bytes. */
final class SignedSlackRequests {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final SlackRequestSignature signature = new SlackRequestSignature(SECRET, Clock.systemUTC());

    SignedSlackRequests(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
    }

    /** A {@code /mentoring} slash command as Slack's form body. */
    static String slashCommand(String userId, String userName, String text, String responseUrl) {
        return "token=sampleVerificationToken000&team_id=" + FakeSlack.TEAM + "&team_domain=lindeskolen"
                + "&channel_id=C0SAMPLE01&channel_name=laererrommet&user_id=" + userId + "&user_name=" + enc(userName)
                + "&command=%2Fmentoring&text=" + enc(text) + "&api_app_id=A0SAMPLE01&is_enterprise_install=false"
                + "&response_url=" + enc(responseUrl) + "&trigger_id=1111111111.2222222222.samplesampletrigger";
    }

    static String interactive(String payloadJson) {
        return "payload=" + enc(payloadJson);
    }

    HttpResponse<String> post(String body, String contentType) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        return send(bytes, contentType, timestamp, signature.sign(timestamp, bytes));
    }

    HttpResponse<String> form(String body) throws IOException, InterruptedException {
        return post(body, "application/x-www-form-urlencoded");
    }

    HttpResponse<String> send(byte[] body, String contentType, String timestamp, String signatureHeader)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signatureHeader != null) {
            request.header("X-Slack-Signature", signatureHeader);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String sign(String timestamp, byte[] body) {
        return signature.sign(timestamp, body);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
