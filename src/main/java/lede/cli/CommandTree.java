package lede.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.lang.reflect.InvocationTargetException;

/**
 * Builds only the commands a command line names. picocli reads every command's annotations when it builds
 * the tree, which took most of the start-up of a short command ({@code lede stats count}: the whole tree is
 * 16 commands); here {@code lede stats count ...} builds the root, stats and count alone.
 *
 * <p>A command with subcommands is a class whose superclass carries its own options and usage, and whose
 * {@code @Command} adds the subcommands ({@code Lede extends RootCommand}, {@code StatsCommand extends
 * StatsGroup}). Where the next word names no subcommand (help, usage errors, a typo that picocli suggests
 * a fix for) the full subtree is built, so every message and usage text is the one the full tree gives.
 */
public final class CommandTree {
    private CommandTree() {
    }

    /** The command line for {@code args}, with {@code full} at its root. */
    public static CommandLine build(Class<?> full, String[] args) {
        return build(full, args, 0);
    }

    private static CommandLine build(Class<?> full, String[] args, int at) {
        Class<?>[] subcommands = full.getAnnotation(Command.class).subcommands();
        if (subcommands.length == 0) {
            return new CommandLine(instance(full));
        }
        String word = at < args.length ? args[at] : null;
        if (word != null && (word.equals("--version") || word.equals("-V")) && args.length == at + 1) {
            // the version needs no subcommand
            return new CommandLine(instance(full.getSuperclass()));
        }
        for (Class<?> subcommand : subcommands) {
            // 'help' walks the whole tree to find the command it describes
            if (!subcommand.equals(HelpCommand.class) && subcommand.getAnnotation(Command.class).name().equals(word)) {
                CommandLine node = new CommandLine(instance(full.getSuperclass()));
                node.addSubcommand(build(subcommand, args, at + 1));
                return node;
            }
        }
        return new CommandLine(instance(full));
    }

    private static Object instance(Class<?> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("cannot create command " + type.getName(), e);
        }
    }
}
