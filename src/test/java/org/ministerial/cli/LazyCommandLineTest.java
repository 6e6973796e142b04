package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line built for one command's arguments is that command as the full command line has it. */
class LazyCommandLineTest {
    private static final CommandLine FULL = Main.commandLine();

    @Test
    void aCommandsArgumentsBuildOnlyThatCommand() {
        CommandLine lazy = Main.commandLine(new String[] {"batch", "scenarios/textbook.yaml"});
        assertEquals(Set.of("batch"), lazy.getSubcommands().keySet());
    }

    @Test
    void everyCommandBuiltAloneHasTheSameOptionsParametersAndConvertersAsInTheFullCommandLine() {
        for (String name : FULL.getSubcommands().keySet()) {
            if (name.equals("help")) continue;
            CommandSpec alone = Main.commandLine(new String[] {name}).getSubcommands().get(name).getCommandSpec();
            CommandSpec full = FULL.getSubcommands().get(name).getCommandSpec();
            assertEquals(full.options().stream().map(o -> o.longestName()).toList(),
                    alone.options().stream().map(o -> o.longestName()).toList(), name);
            assertEquals(full.positionalParameters().size(), alone.positionalParameters().size(), name);
            CommandLine aloneLine = Main.commandLine(new String[] {name}).getSubcommands().get(name);
            CommandLine fullLine = FULL.getSubcommands().get(name);
            assertEquals(fullLine.getParameterExceptionHandler().getClass(),
                    aloneLine.getParameterExceptionHandler().getClass(), name);
            assertEquals(fullLine.getExecutionExceptionHandler().getClass(),
                    aloneLine.getExecutionExceptionHandler().getClass(), name);
            for (int i = 0; i < full.args().size(); i++) {
                ArgSpec a = alone.args().get(i), f = full.args().get(i);
                // the shared Path converter is on every file or folder argument of the command built alone too
                assertEquals(converterClasses(f), converterClasses(alone.args().get(i)), name + " " + a.paramLabel());
            }
        }
    }

    private static List<Class<?>> converterClasses(ArgSpec arg) {
        return java.util.Arrays.stream(arg.converters()).<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void helpAndUnknownNamesAndNoArgumentsGetEveryCommand() {
        Set<String> every = FULL.getSubcommands().keySet();
        for (String[] args : List.of(new String[] {}, new String[] {"help"}, new String[] {"--help"},
                new String[] {"bacth"}, new String[] {"--version"})) {
            assertEquals(every, Main.commandLine(args).getSubcommands().keySet(), String.join(" ", args));
        }
    }

    @Test
    void aMisspeltCommandIsStillAnsweredWithTheNearestName() {
        CliHarness cli = new CliHarness();
        assertEquals(2, cli.run("bacth", "scenarios/textbook.yaml"));
        assertTrue(cli.err.toString().contains("batch"), cli.err.toString());
    }

    @Test
    void theFullCommandLineListsTheCommandsInTheHelpsOrder() {
        assertInstanceOf(CommandLine.HelpCommand.class, FULL.getSubcommands().get("help").getCommand());
        assertEquals(Main.COMMANDS.size(), FULL.getSubcommands().size());
    }
}
