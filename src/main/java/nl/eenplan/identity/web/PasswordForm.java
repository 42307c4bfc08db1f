package nl.eenplan.identity.web;

import jakarta.validation.constraints.NotBlank;

record PasswordForm(
        @NotBlank(message = "{password.required}") String password,
        @NotBlank(message = "{password.repeatRequired}") String repeat) {}
