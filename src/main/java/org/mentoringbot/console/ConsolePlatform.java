package org.mentoringbot.console;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentoringbot.chat.ChatAddress;
import org.mentoringbot.chat.ChatFiles;
import org.mentoringbot.chat.ChatSender;
import org.mentoringbot.chat.GroupSpaces;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.usecase.People;

/**
 * The console's stand-ins for a chat platform: everyone typed exists, messages to others are
 * printed with who they are for, and group "channels" are numbered.
 */
public final class ConsolePlatform implements People, ChatSender, GroupSpaces, ChatFiles {
    private final PrintStream out;
    private final Locale locale;
    private final AtomicInteger spaces = new AtomicInteger();
    private final ConsoleNames names = new ConsoleNames();

    public ConsolePlatform(PrintStream out, Locale locale) {
        this.out = out;
        this.locale = locale;
    }

    /** How people were first typed with /user, shared with the chat. */
    ConsoleNames names() {
        return names;
    }

    @Override
    public Optional<Profile> byId(String workspace, String userId) {
        return Optional.of(new Profile(new Person(workspace, userId, names.nameOf(userId, userId)), false, false,
                ZoneId.systemDefault(), locale));
    }

    @Override
    public Optional<Profile> byHandle(String workspace, String handle) {
        String id = ConsoleNames.idOf(handle);
        if (id.isEmpty() || id.codePointCount(0, id.length()) > CommandParser.MAX_NAME_LENGTH) {
            return Optional.empty();
        }
        String name = names.nameOf(id, CommandParser.clean(handle).replaceFirst("^@", ""));
        return Optional.of(new Profile(new Person(workspace, id, name), false, false, ZoneId.systemDefault(), locale));
    }

    @Override
    public void send(ChatAddress address, Reply reply) {
        String text = reply.accept(new ConsoleRenderer(Messages.in(locale), id -> names.nameOf(id, id)));
        synchronized (out) {
            out.println("  (to " + address.conversation() + ") " + text.replace("\n", "\n  "));
        }
    }

    /** Files are written under data/files/ so the person at the terminal can open them. */
    @Override
    public void share(ChatAddress where, String fileName, String title, byte[] content, String comment) {
        try {
            Path folder = Files.createDirectories(Path.of("data", "files"));
            Path file = folder.resolve(fileName.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
            Files.write(file, content);
            synchronized (out) {
                out.println("  (to " + where.conversation() + ") " + comment + " [file: " + file + "]");
            }
        } catch (IOException e) {
            throw new DeliveryFailed("could not write " + fileName + ": " + e.getMessage(), false, 0);
        }
    }

    @Override
    public String openForGroup(String workspace, String name, List<String> userIds) {
        return name + "-" + spaces.incrementAndGet();
    }

    @Override
    public String gatherLeaders(String workspace, String channelId, String name, List<String> leaderUserIds) {
        return channelId != null ? channelId : name;
    }

    @Override
    public void removeFromLeaders(String workspace, String channelId, String userId) {
        // Nothing to leave in a terminal.
    }
}
