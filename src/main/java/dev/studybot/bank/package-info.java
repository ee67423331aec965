/**
 * The question bank: the YAML question format, its loader and validator, and the {@code bank check} command.
 *
 * <p>Questions are read from the files packaged under {@code questions/} and from the folders in
 * {@code studybot.bank.paths}. A question with any problem is left out of the bank and reported as
 * {@code file:line: id: reason}; with {@code studybot.bank.strict=true} the bot refuses to start instead.
 */
package dev.studybot.bank;
