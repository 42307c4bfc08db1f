package nl.eenplan.deadline.web;

import java.util.List;
import nl.eenplan.deadline.ReminderChoice;
import nl.eenplan.deadline.ReminderPreferences;
import nl.eenplan.deadline.Reminders;
import nl.eenplan.deadline.ToDoList;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Te doen": every deadline of the person logged in, and how they want to be reminded of them. */
@Controller
class ToDoController {

    private final ToDoList toDoList;
    private final ReminderPreferences preferences;
    private final Reminders reminders;

    ToDoController(ToDoList toDoList, ReminderPreferences preferences, Reminders reminders) {
        this.toDoList = toDoList;
        this.preferences = preferences;
        this.reminders = reminders;
    }

    @GetMapping("/to-do")
    String toDo(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        return show(me, new ReminderForm(preferences.of(me.id())), model);
    }

    @PostMapping("/to-do/reminders")
    String chooseReminders(
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("reminderForm") ReminderForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (binding.hasErrors() || form.choice() == null) {
            model.addAttribute("choiceError", "deadline.reminders.choiceRequired");
            return show(me, form, model);
        }
        preferences.choose(me.id(), form.choice());
        flash.addFlashAttribute("notice", "deadline.reminders.saved");
        return "redirect:/to-do";
    }

    private String show(AccountPrincipal me, ReminderForm form, Model model) {
        var toDo = toDoList.of(me);
        model.addAttribute("toDo", toDo);
        model.addAttribute("groups", toDo.grouped());
        model.addAttribute("reminderForm", form);
        model.addAttribute("choices", List.of(ReminderChoice.values()));
        model.addAttribute("workingDaysBefore", reminders.workingDaysBefore());
        return "deadline/to-do";
    }
}
