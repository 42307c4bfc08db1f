package nl.eenplan;

import java.time.Clock;
import nl.eenplan.database.DatabaseCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class EenPlanApplication {

    public static void main(String[] args) {
        if (DatabaseCommands.wanted(args)) {
            System.exit(DatabaseCommands.run(args, System.getenv(), System.out, Clock.systemUTC()));
        }
        SpringApplication.run(EenPlanApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
