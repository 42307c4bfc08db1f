package nl.eenplan.meeting.web;

import nl.eenplan.meeting.Answer;
import nl.eenplan.meeting.Invitee;
import nl.eenplan.meeting.Reply;

/** M-4: an invitee's answer, about the invitation with this sequence number. */
record AnswerForm(Integer sequence, Answer answer, String replacementName, String replacementEmail) {

    static AnswerForm of(Invitee invitee, int sequence) {
        return invitee == null
                ? new AnswerForm(sequence, null, "", "")
                : new AnswerForm(sequence, invitee.answer(), invitee.replacementName(), invitee.replacementEmail());
    }

    Reply toReply() {
        return new Reply(answer, replacementName, replacementEmail);
    }
}
