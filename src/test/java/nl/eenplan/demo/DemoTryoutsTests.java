package nl.eenplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What to try with each demo login comes from the demo's message bundle, in lines that fit the frame. */
class DemoTryoutsTests {

    private static final List<String> LOGINS = List.of(
            "fatima@gezin.example",
            "oma.ans@netwerk.example",
            "hulp@debrug.example",
            "hulp@oporde.example",
            "manager@debrug.example",
            "manager@oporde.example",
            "aanspreekpunt@voorbeeldstad.example",
            "toegang@voorbeeldstad.example",
            "beheer@voorbeeldstad.example");

    @Test
    void everyDemoLoginHasWhatToTryInDutchInLinesThatFit() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/demo");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        for (var login : LOGINS) {
            assertThat(DemoTryouts.of(login, messages))
                    .as(login)
                    .isNotEmpty()
                    .allSatisfy(line ->
                            assertThat(line).hasSizeLessThanOrEqualTo(90).doesNotContain("\u00a0"));
        }
        assertThat(String.join(" ", DemoTryouts.of("hulp@debrug.example", messages)))
                .contains("(tab 3)")
                .contains("Veiligheidsplan");
        assertThat(DemoTryouts.of("onbekend@example.org", messages)).isEmpty();
    }

    @Test
    void aLineBreaksBetweenWordsButNotAtANoBreakSpace() {
        var text = "woord ".repeat(20) + "tab\u00a03 " + "woord ".repeat(20);

        var lines = DemoTryouts.lines(text);

        assertThat(lines).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(90));
        assertThat(String.join(" ", lines)).isEqualTo(text.strip().replace('\u00a0', ' '));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("tab 3"));
    }
}
