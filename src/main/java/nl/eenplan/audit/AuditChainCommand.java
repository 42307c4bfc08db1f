package nl.eenplan.audit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * {@code --eenplan.audit.verify} on the command line: EenPlan checks the access log against its seals
 * and signed checkpoints, prints the outcome and stops with exit code 0 (intact) or 1 (broken), without
 * opening its HTTP port. {@code --eenplan.audit.verify=<file>} checks also against the checkpoints an
 * operator kept in that file (JSON lines, as EenPlan writes them).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = AuditChainCommand.OPTION)
class AuditChainCommand {

    static final String OPTION = "eenplan.audit.verify";

    /** Port -1: the web application context is built, but nothing listens (Spring Boot's convention). */
    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> noHttpWhileVerifying() {
        return new NoHttp();
    }

    /** Runs before every other runner, so nothing else (such as the demonstration data) happens. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner verifyAuditChain(
            AuditChain chain, ApplicationContext context, @Value("${" + OPTION + "}") String kept) {
        return (ApplicationArguments args) -> {
            var code = run(chain, keptFile(kept), System.out);
            System.exit(SpringApplication.exit(context, () -> code));
        };
    }

    /** The file of kept checkpoints the option names; none for the bare option (or "true"). */
    static Optional<Path> keptFile(String option) {
        return option == null || option.isBlank() || option.equals("true")
                ? Optional.empty()
                : Optional.of(Path.of(option));
    }

    static int run(AuditChain chain, Optional<Path> kept, PrintStream out) {
        var verdict = kept.map(chain::verify).orElseGet(chain::verify);
        out.println(verdict.summary());
        out.flush();
        return verdict.intact() ? 0 : 1;
    }

    /** Applied after Spring Boot's own customizers, which set the configured port. */
    private static final class NoHttp implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableWebServerFactory factory) {
            factory.setPort(-1);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
