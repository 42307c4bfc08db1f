package nl.eenplan.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CodeForm(
        @NotBlank(message = "{code.required}") @Size(max = 20, message = "{code.invalid}")
        String code) {}
