/** Points, leaderboards and streaks: computed from closed posts, in each channel's own time zone. */
package dev.studybot.scoring;
