package nl.eenplan.identity.web;

import jakarta.validation.constraints.NotBlank;

record ChangePasswordForm(
        @NotBlank(message = "{password.current.required}") String current,
        @NotBlank(message = "{password.required}") String password,
        @NotBlank(message = "{password.repeatRequired}") String repeat) {

    static ChangePasswordForm empty() {
        return new ChangePasswordForm("", "", "");
    }
}
