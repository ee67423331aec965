/** The people who answer: one row per (platform, workspace, platform user id), with a display name. */
package dev.studybot.users;
