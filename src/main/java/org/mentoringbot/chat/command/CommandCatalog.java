package org.mentoringbot.chat.command;

import java.util.List;

/** Every command a user can type, in the order help shows them. Manifests are tested against it. */
public final class CommandCatalog {
    /**
     * One command for help text.
     *
     * @param word the word the user types
     * @param usage what follows the word, e.g. {@code <program name>}; empty when nothing does
     * @param descriptionKey the message key that says what it does
     */
    public record Entry(String word, String usage, String descriptionKey) {}

    public static final List<Entry> ENTRIES = List.of(
            new Entry("help", "", "help.command.help"),
            new Entry("setup", "<program name>", "help.command.setup"),
            new Entry("join", "", "help.command.join"),
            new Entry("leave", "", "help.command.leave"),
            new Entry("status", "", "help.command.status"));

    private CommandCatalog() {}
}
