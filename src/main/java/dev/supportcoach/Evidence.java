package dev.supportcoach;

/**
 * The words in the conversation that a recommendation rests on.
 *
 * @param message index of the message in the case's conversation
 * @param start offset of the first character in that message's text, in UTF-16 code units
 * @param end offset just past the last character (exclusive)
 * @param text the quoted words: {@code text.equals(messageText.substring(start, end))}
 */
public record Evidence(int message, int start, int end, String text) {
}
