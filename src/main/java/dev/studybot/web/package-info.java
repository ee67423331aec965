/**
 * The browser playground: a third chat platform that runs on localhost, so anyone can try StudyBot without a
 * Slack or Discord workspace. Server-rendered Thymeleaf pages with a little JavaScript; on by default when no
 * other platform is configured.
 */
package dev.studybot.web;
