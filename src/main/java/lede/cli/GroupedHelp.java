package lede.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every command's --help lists its options in groups: the command's own first, then input and output
 * (the options all streaming commands share), then help. Installed once for the whole command tree.
 */
public final class GroupedHelp {
    private GroupedHelp() {
    }

    public static void install(CommandLine command) {
        command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, GroupedHelp::render);
        for (CommandLine sub : command.getSubcommands().values()) {
            install(sub);
        }
    }

    private static String render(Help help) {
        CommandSpec spec = help.commandSpec();
        Set<String> shared = new HashSet<>();
        spec.mixins().values().stream()
                .filter(mixin -> mixin.userObject() instanceof IoOptions)
                .forEach(mixin -> mixin.options().forEach(o -> shared.add(o.longestName())));
        List<OptionSpec> own = new ArrayList<>();
        List<OptionSpec> io = new ArrayList<>();
        List<OptionSpec> helpOptions = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            if (option.usageHelp() || option.versionHelp()) {
                helpOptions.add(option);
            } else if (shared.contains(option.longestName())) {
                io.add(option);
            } else {
                own.add(option);
            }
        }
        StringBuilder text = new StringBuilder();
        section(text, help, "Options:", own);
        section(text, help, "Input and output:", io);
        section(text, help, "Help:", helpOptions);
        return text.toString();
    }

    private static void section(StringBuilder text, Help help, String heading, List<OptionSpec> options) {
        if (options.isEmpty()) {
            return;
        }
        text.append('\n').append(heading).append('\n');
        text.append(help.optionListExcludingGroups(options, help.createDefaultLayout(), null,
                help.parameterLabelRenderer()));
    }
}
