package nl.eenplan.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.eenplan.identity.ApiScope;

record TokenForm(
        @NotBlank(message = "{token.name.required}") @Size(max = 80, message = "{token.name.tooLong}")
        String name,

        @NotNull(message = "{token.scope.required}") ApiScope scope,
        @NotNull(message = "{token.validity.required}") Integer validityDays) {

    static TokenForm empty() {
        return new TokenForm("", ApiScope.READ, 30);
    }
}
