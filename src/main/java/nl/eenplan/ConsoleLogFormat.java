package nl.eenplan;

import java.io.Console;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Plain log lines when EenPlan runs in a terminal (a person reads them, and the demo logins stand
 * out); structured JSON (ECS) everywhere else, as in production where a log collector reads them.
 * {@code EENPLAN_LOG_FORMAT}, when set, always wins: this only fills in its default, last of all.
 */
class ConsoleLogFormat implements EnvironmentPostProcessor {

    static final String SOURCE = "eenplanTerminalLogFormat";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        apply(environment, inTerminal(System.console()));
    }

    static void apply(ConfigurableEnvironment environment, boolean terminal) {
        if (terminal) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of("EENPLAN_LOG_FORMAT", "")));
        }
    }

    /** Since Java 22 there is a console object even when output goes to a file or pipe; only a terminal counts. */
    static boolean inTerminal(Console console) {
        return console != null && console.isTerminal();
    }
}
