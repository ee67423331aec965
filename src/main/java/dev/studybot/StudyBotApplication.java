package dev.studybot;

import dev.studybot.bank.BankCheckCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the bot, or runs a command-line tool ({@code bank check}) without starting anything else. */
@SpringBootApplication
public class StudyBotApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bank")) {
            System.exit(BankCheckCommand.run(args, System.out));
        }
        SpringApplication.run(StudyBotApplication.class, args);
    }
}
