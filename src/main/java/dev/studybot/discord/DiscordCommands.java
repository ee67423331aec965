package dev.studybot.discord;

import dev.studybot.chat.CommandCatalog;
import dev.studybot.chat.CommandCatalog.CommandSpec;
import dev.studybot.chat.CommandCatalog.OptionSpec;
import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The command catalogue as Discord slash commands, with typed options and choices. No default member permissions
 * are set: organisers often lack Manage Server, so who may run what is decided at run time.
 */
final class DiscordCommands {

    private DiscordCommands() {}

    static List<CommandData> all() {
        return CommandCatalog.all().stream().map(DiscordCommands::command).map(c -> (CommandData) c).toList();
    }

    private static SlashCommandData command(CommandSpec spec) {
        SlashCommandData command = Commands.slash(spec.name(), spec.description())
                .setContexts(InteractionContextType.GUILD);
        if (spec.subcommands().isEmpty()) {
            command.addOptions(spec.options().stream().map(DiscordCommands::option).toList());
        } else {
            command.addSubcommands(spec.subcommands().stream()
                    .map(sub -> new SubcommandData(sub.name(), sub.description())
                            .addOptions(sub.options().stream().map(DiscordCommands::option).toList()))
                    .toList());
        }
        return command;
    }

    private static OptionData option(OptionSpec spec) {
        OptionType type = spec.type() == CommandCatalog.OptionType.USER ? OptionType.USER : OptionType.STRING;
        OptionData option = new OptionData(type, spec.name(), spec.description(), spec.required());
        spec.choices().forEach(choice -> option.addChoice(choice, choice));
        if (spec.type() == CommandCatalog.OptionType.TIME) {
            option.setMaxLength(5);
        } else if (type == OptionType.STRING) {
            option.setMaxLength(100);
        }
        return option;
    }
}
