/**
 * StudyBot: a question-of-the-day bot for study groups preparing for the AWS machine learning certifications.
 *
 * <p>Features live in their own packages ({@code bank}, {@code exam}, {@code selection}, ...) and never see a chat
 * platform's types; each platform is an adapter behind the {@code chat} port.
 */
package dev.studybot;
