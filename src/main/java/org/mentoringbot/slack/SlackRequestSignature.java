package org.mentoringbot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's {@code X-Slack-Signature} over the raw body bytes, exactly as Slack computed it:
 * {@code v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))}. Verifying a decoded and
 * re-encoded copy would reject honest requests (and Bolt's servlet adapter re-reads the body as
 * lines in the server's charset), so this runs on the bytes as received.
 */
final class SlackRequestSignature {
    /** Slack's own advice: refuse requests older (or newer) than five minutes, against replay. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final byte[] secret;
    private final Clock clock;

    SlackRequestSignature(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    boolean isValid(String timestampHeader, String signatureHeader, byte[] body) {
        if (timestampHeader == null || signatureHeader == null || !signatureHeader.startsWith("v0=")) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - timestamp) > MAX_AGE.toSeconds()) {
            return false;
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(timestampHeader.strip(), body))).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signatureHeader.strip().getBytes(StandardCharsets.US_ASCII));
    }

    String sign(String timestamp, byte[] body) {
        return "v0=" + HexFormat.of().formatHex(hmac(timestamp, body));
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
