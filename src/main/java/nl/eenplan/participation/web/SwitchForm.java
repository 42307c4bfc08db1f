package nl.eenplan.participation.web;

import jakarta.validation.constraints.NotNull;

/** H-3: whether a participant takes part ({@code active}) or only receives a copy. */
record SwitchForm(
        @NotNull(message = "{team.stale}") Integer version,
        @NotNull(message = "{team.switch.choose}") Boolean active) {}
