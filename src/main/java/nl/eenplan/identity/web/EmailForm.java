package nl.eenplan.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record EmailForm(
        @NotBlank(message = "{forgot.email.required}")
        @Size(max = 254, message = "{forgot.email.invalid}")
        @Email(message = "{forgot.email.invalid}")
        String email) {

    static EmailForm empty() {
        return new EmailForm("");
    }
}
