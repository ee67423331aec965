/**
 * The Slack adapter: Bolt for Java in Socket Mode (default) or HTTP mode, Block Kit rendering of every view, slash
 * commands, buttons, modals and the App Home tab. Only this package knows Slack.
 */
package dev.studybot.slack;
