package dev.studybot.chat;

/**
 * What the adapter shows in answer to an interaction, right away (Slack ack or response, Discord interaction
 * response). A private reply is seen by the actor only; {@link MessageView.AnswerFlow} opens a private answer flow.
 */
public record Reply(boolean isPublic, MessageView view) {

    public static Reply privately(MessageView view) {
        return new Reply(false, view);
    }

    public static Reply publicly(MessageView view) {
        return new Reply(true, view);
    }

    public static Reply error(String text) {
        return privately(MessageView.Notice.error(text));
    }

    public static Reply info(String text) {
        return privately(MessageView.Notice.info(text));
    }
}
