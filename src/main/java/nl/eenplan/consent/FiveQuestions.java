package nl.eenplan.consent;

import nl.eenplan.home.FieldRules;

/**
 * C-5: the five questions a professional answers before sharing without consent, each in their own
 * words.
 *
 * @param goal what do I want to reach by sharing
 * @param withoutSharing can that be reached without sharing
 * @param consentAsked is it possible and responsible to ask consent, and did I do all I could to get it
 * @param outweighs does danger or serious harm outweigh the client's interest in confidentiality
 * @param informationNeeded which information does the other really need
 */
public record FiveQuestions(
        String goal, String withoutSharing, String consentAsked, String outweighs, String informationNeeded) {

    public FiveQuestions {
        goal = answered("goal", goal);
        withoutSharing = answered("withoutSharing", withoutSharing);
        consentAsked = answered("consentAsked", consentAsked);
        outweighs = answered("outweighs", outweighs);
        informationNeeded = answered("informationNeeded", informationNeeded);
    }

    private static String answered(String question, String answer) {
        if (answer == null || answer.isBlank()) {
            throw new ConsentRefused(question, "consent.override.answerRequired");
        }
        if (!FieldRules.isText(answer, FieldRules.TEXT, true)) {
            throw new ConsentRefused(question, "consent.override.answerTooLong");
        }
        return answer.strip();
    }
}
