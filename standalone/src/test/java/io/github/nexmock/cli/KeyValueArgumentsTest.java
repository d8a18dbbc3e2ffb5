package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyValueArgumentsTest {

    @Test
    void splitsAtTheFirstEqualsSignKeepingOrder() {
        assertThat(KeyValueArguments.parse(List.of("sub=alice", "acl={\"a\":\"b=c\"}", "empty="), "claim"))
                .containsExactly(
                        Map.entry("sub", "alice"), Map.entry("acl", "{\"a\":\"b=c\"}"), Map.entry("empty", ""));
    }

    @Test
    void refusesAnArgumentWithoutName() {
        assertThatThrownBy(() -> KeyValueArguments.parse(List.of("alice"), "claim"))
                .isInstanceOf(CliException.class)
                .hasMessage("claim 'alice' is not in the form name=value");
        assertThatThrownBy(() -> KeyValueArguments.parse(List.of("=x"), "user field"))
                .hasMessage("user field '=x' is not in the form name=value");
    }

    @Test
    void refusesARepeatedName() {
        assertThatThrownBy(() -> KeyValueArguments.parse(List.of("sub=a", "sub=b"), "claim"))
                .isInstanceOf(CliException.class)
                .hasMessage("claim 'sub' is given twice");
    }
}
