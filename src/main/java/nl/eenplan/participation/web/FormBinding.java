package nl.eenplan.participation.web;

import java.time.DayOfWeek;
import nl.eenplan.home.LenientBinding;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.ComplexityCriterion;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.LegalRole;
import nl.eenplan.participation.ParticipantKind;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The household, team and coordination forms read altered ids and choices as "nothing chosen".
 */
@ControllerAdvice(basePackageClasses = FormBinding.class)
class FormBinding {

    @InitBinder({"form", "choice", "handover", "inviteForm", "switchForm"})
    void lenient(WebDataBinder binder) {
        LenientBinding.idsAndAnswers(binder);
        LenientBinding.choices(
                binder,
                ParticipantKind.class,
                LegalRole.class,
                DayOfWeek.class,
                CoordinationForm.class,
                ComplexityCriterion.class,
                ChosenBy.class);
    }
}
