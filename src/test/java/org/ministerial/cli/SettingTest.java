package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SettingTest {
    private final Setting.Converter converter = new Setting.Converter();

    @Test
    void splitsAtTheFirstEqualsSign() {
        assertEquals(new Setting("chair.agenda", "[a,b]"), converter.convert("chair.agenda=[a,b]"));
        assertEquals(new Setting("name", "a=b"), converter.convert("name=a=b"));
        assertEquals(new Setting("title", ""), converter.convert("title="));
    }

    @Test
    void rejectsAMissingKey() {
        assertThrows(TypeConversionException.class, () -> converter.convert("novalue"));
        assertThrows(TypeConversionException.class, () -> converter.convert("=1"));
    }

    @Test
    void overridesKeepTheOrderGiven() {
        ScenarioOptions options = new ScenarioOptions();
        new CommandLine(new Holder(options)).parseArgs("x.yaml", "--set", "z=1", "--set", "a=2", "--set", "m=3",
                "--set", "z=4");
        assertEquals(List.of(Map.entry("z", "4"), Map.entry("a", "2"), Map.entry("m", "3")),
                List.copyOf(options.overrides().entrySet()));
    }

    @CommandLine.Command(name = "holder")
    static final class Holder {
        @CommandLine.Mixin
        final ScenarioOptions options;

        Holder(ScenarioOptions options) {
            this.options = options;
        }
    }
}
