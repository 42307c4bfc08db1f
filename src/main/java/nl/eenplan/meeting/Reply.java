package nl.eenplan.meeting;

import java.util.regex.Pattern;

/** M-4: an invitee's answer; who cannot come may send a replacement, named with an e-mail address. */
public record Reply(Answer answer, String replacementName, String replacementEmail) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Reply {
        if (answer == null) {
            throw new RoundTableRefused("meeting.answer.required", "answer");
        }
        if (answer == Answer.REPLACEMENT) {
            if (replacementName == null || replacementName.isBlank()) {
                throw new RoundTableRefused("meeting.answer.replacementNameRequired", "replacementName");
            }
            if (replacementEmail == null
                    || !EMAIL.matcher(replacementEmail.strip()).matches()) {
                throw new RoundTableRefused("meeting.answer.replacementEmailInvalid", "replacementEmail");
            }
            replacementName = replacementName.strip();
            replacementEmail = replacementEmail.strip();
        } else {
            replacementName = null;
            replacementEmail = null;
        }
    }
}
