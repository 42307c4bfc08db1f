package nl.eenplan.deadline.web;

import nl.eenplan.deadline.ReminderChoice;

/** The choice on the to-do page of how to be reminded. */
record ReminderForm(ReminderChoice choice) {}
