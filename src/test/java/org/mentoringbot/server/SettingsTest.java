package org.mentoringbot.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Settings.load takes the environment as a map, so nothing here depends on the real environment. */
class SettingsTest {
    private static final String BOT_TOKEN = "xoxb-1111-2222-secretbotvalue";
    private static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String APP_TOKEN = "xapp-1-A111-2222-secretappvalue";

    @TempDir
    Path dir;

    @Test
    void withNothingSetTheDocumentedDefaultsApply() {
        Settings settings = Settings.load(Map.of());

        assertAll(
                () -> assertEquals(3000, settings.httpPort()),
                () -> assertEquals("0.0.0.0", settings.httpHost()),
                () -> assertEquals("jdbc:sqlite:data/mentoring.db", settings.databaseUrl()),
                () -> assertEquals(URI.create("https://slack.com/api/"), settings.slackApiUrl()),
                () -> assertEquals(Optional.empty(), settings.slackBotToken()),
                () -> assertFalse(settings.slackConfigured()));
    }

    @Test
    void theDefaultsBuiltIntoTheJarAreTheDocumentedFile() throws IOException {
        try (InputStream builtIn = Settings.class.getClassLoader().getResourceAsStream(Settings.FILE)) {
            assertTrue(builtIn != null, Settings.FILE + " is not built in");
            assertArrayEquals(Files.readAllBytes(Path.of(Settings.FILE)), builtIn.readAllBytes());
        }
    }

    @Test
    void environmentVariablesOverrideTheFile() {
        Settings settings = Settings.load(Map.of(
                "MENTORING_HTTP_PORT", "8080",
                "MENTORING_HTTP_HOST", "127.0.0.1",
                "MENTORING_DB_URL", "jdbc:postgresql://db.example.org/mentoring",
                "SLACK_API_URL", "http://127.0.0.1:9999/api"));

        assertAll(
                () -> assertEquals(8080, settings.httpPort()),
                () -> assertEquals("127.0.0.1", settings.httpHost()),
                () -> assertEquals("jdbc:postgresql://db.example.org/mentoring", settings.databaseUrl()),
                () -> assertEquals(URI.create("http://127.0.0.1:9999/api/"), settings.slackApiUrl()));
    }

    @Test
    void spacesAroundAValueAreIgnoredAndABlankValueMeansNotSet() {
        assertEquals(8080, Settings.load(Map.of("MENTORING_HTTP_PORT", " 8080\r\n")).httpPort());
        assertEquals(3000, Settings.load(Map.of("MENTORING_HTTP_PORT", "  ")).httpPort());
        assertEquals(3000, Settings.load(Map.of("MENTORING_HTTP_PORT", "")).httpPort(), "MENTORING_HTTP_PORT= as README.md says");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "65535"})
    void everyPortNumberIsAccepted(String port) {
        assertEquals(Integer.parseInt(port), Settings.load(Map.of("MENTORING_HTTP_PORT", port)).httpPort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "70000", "65536", "-1", "3000.0", "30 00", "99999999999"})
    void aBadPortIsExplainedInOneLineNamingTheKeyAndTheVariable(String port) {
        String message = failure(Map.of("MENTORING_HTTP_PORT", port));

        assertTrue(message.contains("mentoring.http.port") && message.contains("MENTORING_HTTP_PORT"), message);
        assertTrue(message.contains(port), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://slack.com/api/", "slack.com/api", "http://", "not a url"})
    void aBadSlackApiUrlIsExplained(String url) {
        String message = failure(Map.of("SLACK_API_URL", url));

        assertTrue(message.contains("slack.api.url") && message.contains("SLACK_API_URL"), message);
    }

    @Test
    void aUserTokenGivenAsTheBotTokenIsRefusedWithoutRepeatingIt() {
        String userToken = "xoxp-1111-2222-secretuservalue";
        String message = failure(Map.of("SLACK_BOT_TOKEN", userToken, "SLACK_SIGNING_SECRET", SIGNING_SECRET));

        assertTrue(message.contains("SLACK_BOT_TOKEN") && message.contains("xoxb-"), message);
        assertFalse(message.contains("secretuservalue"), "the message repeats a secret: " + message);
    }

    @Test
    void aBotTokenGivenAsTheAppTokenIsRefusedWithoutRepeatingIt() {
        String message = failure(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_APP_TOKEN", BOT_TOKEN));

        assertTrue(message.contains("SLACK_APP_TOKEN") && message.contains("xapp-"), message);
        assertFalse(message.contains("secretbotvalue"), "the message repeats a secret: " + message);
    }

    @Test
    void aBotTokenAloneAsksForTheSigningSecret() {
        String message = failure(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN));

        assertTrue(message.contains("SLACK_SIGNING_SECRET"), message);
        assertFalse(message.contains("secretbotvalue"), "the message repeats a secret: " + message);
    }

    @Test
    void aSigningSecretAloneAsksForTheBotToken() {
        String message = failure(Map.of("SLACK_SIGNING_SECRET", SIGNING_SECRET));

        assertTrue(message.contains("SLACK_BOT_TOKEN"), message);
        assertFalse(message.contains(SIGNING_SECRET), "the message repeats a secret: " + message);
    }

    @Test
    void slackOverHttpNeedsTheBotTokenAndTheSigningSecret() {
        Settings settings = Settings.load(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", " " + SIGNING_SECRET + " "));

        assertTrue(settings.slackConfigured());
        assertEquals(Optional.of(BOT_TOKEN), settings.slackBotToken());
        assertEquals(Optional.of(SIGNING_SECRET), settings.slackSigningSecret());
        assertEquals(Optional.empty(), settings.slackAppToken());
    }

    @Test
    void slackOverSocketModeNeedsTheBotTokenAndTheAppToken() {
        Settings settings = Settings.load(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_APP_TOKEN", APP_TOKEN));

        assertTrue(settings.slackConfigured());
        assertEquals(Optional.of(APP_TOKEN), settings.slackAppToken());
    }

    @Test
    void secretsAreNeverTakenFromTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("mentoring.properties"), defaultsWith("slack.bot.token=" + BOT_TOKEN
                + "\nSLACK_BOT_TOKEN=" + BOT_TOKEN + "\n"));

        assertFalse(Settings.load(Map.of("MENTORING_CONFIG", file.toString())).slackConfigured());
    }

    @Test
    void mentoringConfigPointingNowhereIsExplained() {
        Path missing = dir.resolve("nowhere/mentoring.properties");

        String message = failure(Map.of("MENTORING_CONFIG", missing.toString()));

        assertTrue(message.contains("MENTORING_CONFIG") && message.contains(missing.toString()), message);
    }

    @Test
    void mentoringConfigPointingToAFolderIsExplained() {
        String message = failure(Map.of("MENTORING_CONFIG", dir.toString()));

        assertTrue(message.contains("MENTORING_CONFIG"), message);
    }

    @Test
    void mentoringConfigIsReadAndTheEnvironmentStillWins() throws IOException {
        Path file = Files.writeString(dir.resolve("mentoring.properties"),
                defaultsWith("mentoring.http.port=4000\nmentoring.db.url=jdbc:sqlite:/srv/mentoring/bot.db\n"));

        Settings fromFile = Settings.load(Map.of("MENTORING_CONFIG", file.toString()));
        Settings overridden = Settings.load(Map.of("MENTORING_CONFIG", file.toString(), "MENTORING_HTTP_PORT", "5000"));

        assertEquals(4000, fromFile.httpPort());
        assertEquals("jdbc:sqlite:/srv/mentoring/bot.db", fromFile.databaseUrl());
        assertEquals(5000, overridden.httpPort());
    }

    @Test
    void aConfigFileMissingAKeyNamesTheKeyAndItsVariable() throws IOException {
        Path file = Files.writeString(dir.resolve("mentoring.properties"), "mentoring.http.port=4000\n");

        String message = failure(Map.of("MENTORING_CONFIG", file.toString()));

        assertTrue(message.contains("mentoring.http.host") && message.contains("MENTORING_HTTP_HOST"), message);
    }

    @Test
    void aConfigFileKeepsNonAsciiValues() throws IOException {
        Path file = Files.writeString(dir.resolve("mentoring.properties"),
                defaultsWith("mentoring.db.url=jdbc:sqlite:/srv/skolen-på-ås/mentoring.db\n"));

        assertEquals("jdbc:sqlite:/srv/skolen-på-ås/mentoring.db",
                Settings.load(Map.of("MENTORING_CONFIG", file.toString())).databaseUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mentoring.db.url=MENTORING_DB_URL", "mentoring.http-port=MENTORING_HTTP_PORT", "slack.api.url=SLACK_API_URL"})
    void variablesAreNamedAfterTheirKeys(String keyAndVariable) {
        String[] pair = keyAndVariable.split("=");
        assertEquals(pair[1], Settings.environmentName(pair[0]));
    }

    /** The message of the SettingsException this environment causes, checked to be one line. */
    private static String failure(Map<String, String> environment) {
        String message = assertThrows(SettingsException.class, () -> Settings.load(environment)).getMessage();
        assertEquals(1, message.lines().count(), () -> "not one line: " + message);
        return message;
    }

    /** The documented file with some lines added after it (later lines win in a properties file). */
    private static String defaultsWith(String lines) throws IOException {
        return Files.readString(Path.of(Settings.FILE)) + "\n" + lines;
    }

    @Test
    void printingTheSettingsNeverShowsASecretOrADatabasePassword() {
        Settings settings = Settings.load(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "SLACK_APP_TOKEN", APP_TOKEN, "MENTORING_DB_URL", "jdbc:postgresql://db/m?user=m&password=hunter2&ssl=true"));

        String printed = settings.toString();
        for (String secret : new String[] {BOT_TOKEN, SIGNING_SECRET, APP_TOKEN, "hunter2"}) {
            assertFalse(printed.contains(secret), printed);
        }
        assertTrue(printed.contains("slackBotToken=set") && printed.contains("password=***&ssl=true"), printed);
    }

    @Test
    void privacyThresholdCanOnlyBeRaised() {
        assertEquals(3, Settings.load(Map.of()).privacyMinRespondents());
        assertEquals(5, Settings.load(Map.of("PRIVACY_MIN_RESPONDENTS", "5")).privacyMinRespondents());
        var lowered = assertThrows(SettingsException.class, () -> Settings.load(Map.of("PRIVACY_MIN_RESPONDENTS", "2")));
        assertTrue(lowered.getMessage().contains("privacy.min-respondents (PRIVACY_MIN_RESPONDENTS) must be a whole number of at least 3"),
                lowered.getMessage());
    }

    @Test
    void groupsTalkInPrivateChannelsUnlessGroupDmsAreChosen() {
        assertEquals(Settings.GroupSpace.PRIVATE_CHANNEL, Settings.load(Map.of()).groupSpace());
        assertEquals(Settings.GroupSpace.GROUP_DM, Settings.load(Map.of("MENTORING_GROUPS_SPACE", "group-dm")).groupSpace());
        var wrong = assertThrows(SettingsException.class, () -> Settings.load(Map.of("MENTORING_GROUPS_SPACE", "channel")));
        assertTrue(wrong.getMessage().contains("MENTORING_GROUPS_SPACE") && wrong.getMessage().contains("private-channel or group-dm"));
    }
}
