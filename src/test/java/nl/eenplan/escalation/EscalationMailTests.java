package nl.eenplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** E-4: chain partners hear of the start, each step and the end of an escalation; owners of their turn. */
class EscalationMailTests extends EscalationTest {

    @Test
    @DisplayName(
            "E-4: professionals get a mail at the start, at each step and at the end, with a link to the escalation")
    void professionalsAreInformedOfStartStepsAndEnd() throws Exception {
        var e = petersEscalation();
        var link = MAIL_BASE_URL + "/households/" + household + "/escalations/" + e.id();

        var started = awaitMail(peter.email(), "Een afspraak in een plan loopt vast");
        assertThat(body(started)).contains("stap 1: Gesprek met de hulpverlener", link);
        assertThat(body(started)).doesNotContain("Peter", familyName);
        assertThat(body(awaitMail(hanna.email(), "U bent aan zet bij een escalatie")))
                .contains(link);

        var two = noCommitmentAndUp(e, hanna, hanna);
        assertThat(body(awaitMail(peter.email(), "Een escalatie gaat naar de volgende stap")))
                .contains("stap 2: Naar de eigen leidinggevende", link);

        noCommitmentAndUp(two, hanna, hanna);
        assertThat(body(awaitMail(bram.email(), "U bent aan zet bij een escalatie")))
                .contains("stap 3", link);
        assertThat(body(awaitMail(mia.email(), "U bent aan zet bij een escalatie")))
                .contains("stap 3", link);

        var three = found(e.id());
        progress.recordOutcome(
                household,
                e.id(),
                mia.id(),
                three.version(),
                new StepOutcome(Outcome.COMMITMENT, "Peter belt het gezin", TODAY.plusDays(5), null, null, null),
                TODAY);
        deEscalation.deEscalate(household, e.id(), mia.id(), found(e.id()).version(), TODAY);
        assertThat(body(awaitMail(peter.email(), "Een escalatie is afgesloten")))
                .contains(link);
        assertThat(body(awaitMail(hanna.email(), "Een escalatie is afgesloten")))
                .contains(link);
    }

    private static String body(MimeMessage message) throws Exception {
        return String.valueOf(message.getContent()).replace("\r\n", "\n");
    }

    /** Waits up to ten seconds for a mail with this subject to this address. */
    private static MimeMessage awaitMail(String recipient, String subject) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            var found = Arrays.stream(SMTP.getReceivedMessages())
                    .filter(m -> to(m, recipient) && subject.equals(subjectOf(m)))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail '" + subject + "' to " + recipient + " within ten seconds");
    }

    private static boolean to(MimeMessage message, String recipient) {
        try {
            return Optional.ofNullable(message.getAllRecipients()).stream()
                    .flatMap(Arrays::stream)
                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (Exception e) {
            return false;
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            return null;
        }
    }
}
