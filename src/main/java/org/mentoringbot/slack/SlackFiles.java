package org.mentoringbot.slack;

import com.slack.api.methods.MethodsClient;
import org.mentoringbot.chat.ChatAddress;
import org.mentoringbot.chat.ChatFiles;
import org.mentoringbot.chat.ChatSender.DeliveryFailed;

/** Uploads files with Slack's current flow (files.getUploadURLExternal, upload, files.completeUploadExternal). */
final class SlackFiles implements ChatFiles {
    private final MethodsClient slack;
    private final String botToken;

    SlackFiles(MethodsClient slack, String botToken) {
        this.slack = slack;
        this.botToken = botToken;
    }

    @Override
    public void share(ChatAddress where, String fileName, String title, byte[] content, String comment) {
        try {
            var response = slack.filesUploadV2(r -> r.token(botToken).channel(where.conversation()).filename(fileName)
                    .title(title).fileData(content).initialComment(comment));
            if (!response.isOk()) {
                throw new DeliveryFailed("files.uploadV2: " + response.getError(), false, 0);
            }
        } catch (DeliveryFailed e) {
            throw e;
        } catch (Exception e) {
            throw new DeliveryFailed("files.uploadV2: " + e.getClass().getSimpleName(), true, 0);
        }
    }
}
