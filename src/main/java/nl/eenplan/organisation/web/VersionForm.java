package nl.eenplan.organisation.web;

import jakarta.validation.constraints.NotNull;

/** The version of the account the administrator saw, sent back with a change. */
record VersionForm(
        @NotNull(message = "{people.version.required}") Integer version) {}
