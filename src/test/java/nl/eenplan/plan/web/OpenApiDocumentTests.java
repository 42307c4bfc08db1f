package nl.eenplan.plan.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

class OpenApiDocumentTests extends PlanApiTest {

    @Test
    void theOpenApiDocumentListsThePlanPathsAndTheBearerToken() throws Exception {
        var client = professional("Petra de Vries");

        mvc.perform(as(client, get("/api/v1/openapi.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/households")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/households/{householdId}/plan")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/households/{householdId}/plan/actions/{actionId}")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/households/{householdId}/plan/versions/{number}")))
                .andExpect(jsonPath(
                        "$.paths['/api/v1/households/{householdId}/plan/actions/{actionId}'].put.responses",
                        allOf(hasKey("204"), hasKey("412"), hasKey("428"))))
                .andExpect(
                        jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].apiToken").exists());
    }

    @Test
    void anyoneReadsTheOpenApiDocumentWithoutAToken() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/households/{householdId}/plan")))
                .andExpect(jsonPath("$.paths['/api/v1/households/{householdId}/plan'].get.responses.200.headers.ETag")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/households/{householdId}/plan'].get.responses.404.content"
                                + "['application/problem+json'].schema.$ref")
                        .value("#/components/schemas/Problem"));
    }

    @Test
    void theDocumentIsOnlyReadNeverChangedAndTheApiStillNeedsAToken() throws Exception {
        mvc.perform(post("/api/v1/openapi.json")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
    }
}
