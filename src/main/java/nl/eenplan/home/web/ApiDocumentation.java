package nl.eenplan.home.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the JSON API, at {@code /api/v1/openapi.json}. Every operation needs a
 * personal API token ({@code Authorization: Bearer eenplan_...}); a read token may only GET.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "apiToken";

    @Bean
    OpenAPI eenPlanApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("EenPlan API")
                        .version("v1")
                        .description("One household, one plan, one coordinator (1Gezin1Plan1Regisseur). "
                                + "Changes send the plan version they were made on in If-Match (the ETag of the plan); "
                                + "without it the answer is 428, on an older version 412. Errors are RFC 9457 "
                                + "problem details."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("eenplan_...")
                                        .description("A personal API token, made on the account page. "
                                                + "Scope read: GET only; scope read-write: every method.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
