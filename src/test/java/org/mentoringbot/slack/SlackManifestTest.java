package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentoringbot.chat.command.CommandCatalog;

/** The manifests a school pastes into Slack must offer what the bot actually understands. */
class SlackManifestTest {
    private static final Pattern USAGE_HINT = Pattern.compile("usage_hint:\\s*\"([^\"]*)\"");

    @ParameterizedTest
    @ValueSource(strings = {"manifests/slack/manifest.yml", "manifests/slack/manifest.socket-mode.yml"})
    void theSlashCommandListsEveryCommandOfTheHelpText(String file) throws IOException {
        String manifest = Files.readString(Path.of(file));
        assertTrue(manifest.contains("- command: " + BlockKitRenderer.COMMAND + "\n"), "declares " + BlockKitRenderer.COMMAND);
        Matcher hint = USAGE_HINT.matcher(manifest);
        assertTrue(hint.find(), "has a usage hint");
        var hinted = Arrays.stream(hint.group(1).split("\\|")).map(s -> s.strip().split(" ")[0]).toList();
        var known = CommandCatalog.ENTRIES.stream().map(CommandCatalog.Entry::word).toList();
        assertTrue(hinted.equals(known), "usage hint " + hinted + " must list exactly " + known);
        assertTrue(manifest.contains("should_escape: true"), "mentions arrive as <@U123|name>, the form the parser reads");
        assertTrue(manifest.contains("home_tab_enabled: true") && manifest.contains("- app_home_opened"), "App Home is published on open");
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifests/slack/manifest.yml", "manifests/slack/manifest.socket-mode.yml"})
    void asksOnlyForTheScopesTheBotUses(String file) throws IOException {
        String manifest = Files.readString(Path.of(file));
        String scopes = manifest.substring(manifest.indexOf("bot:\n", manifest.indexOf("scopes:")), manifest.indexOf("settings:"));
        var declared = scopes.lines().map(String::strip).filter(l -> l.startsWith("- ")).map(l -> l.substring(2)).sorted().toList();
        assertTrue(declared.equals(List.of("chat:write", "commands", "files:write", "groups:write", "users:read")), "scopes " + declared);
    }
}
