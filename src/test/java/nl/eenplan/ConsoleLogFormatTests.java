package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Plain lines in a terminal, JSON elsewhere; an explicit EENPLAN_LOG_FORMAT always wins. */
class ConsoleLogFormatTests {

    private static final String FORMAT = "${EENPLAN_LOG_FORMAT:ecs}";

    @Test
    void inATerminalTheLinesArePlain() {
        var environment = new StandardEnvironment();
        ConsoleLogFormat.apply(environment, true);
        assertThat(environment.resolvePlaceholders(FORMAT)).isEmpty();
    }

    @Test
    void elsewhereTheyStayStructuredJson() {
        var environment = new StandardEnvironment();
        ConsoleLogFormat.apply(environment, false);
        assertThat(environment.resolvePlaceholders(FORMAT)).isEqualTo("ecs");
        assertThat(ConsoleLogFormat.inTerminal(null)).isFalse();
    }

    @Test
    void aFormatSetByTheOperatorWinsInATerminalToo() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("operator", Map.of("EENPLAN_LOG_FORMAT", "logstash")));
        ConsoleLogFormat.apply(environment, true);
        assertThat(environment.resolvePlaceholders(FORMAT)).isEqualTo("logstash");
    }
}
