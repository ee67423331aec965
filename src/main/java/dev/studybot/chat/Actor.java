package dev.studybot.chat;

import dev.studybot.users.UserRef;
import java.time.ZoneId;

/**
 * Who triggered an interaction, as the platform tells it.
 *
 * @param platformAdmin the platform says this user administers the workspace or server (Slack admin or owner,
 *     Discord Manage Server)
 * @param timeZone the user's own time zone when the platform knows it, else null
 */
public record Actor(UserRef user, String displayName, boolean platformAdmin, ZoneId timeZone) {}
