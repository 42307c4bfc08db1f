package nl.eenplan.participation.web;

import jakarta.validation.constraints.NotNull;

/** H-1: a member moves out of the household's address ({@code livesAtAddress} false) or (back) in. */
record MoveForm(
        @NotNull(message = "{household.stale}") Integer version,
        @NotNull(message = "{household.move.choose}") Boolean livesAtAddress) {}
