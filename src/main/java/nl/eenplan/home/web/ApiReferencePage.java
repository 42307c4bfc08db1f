package nl.eenplan.home.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document as a page, rendered here from the document itself: no script and nothing
 * from elsewhere, so the strict Content-Security-Policy holds (docs/adr/0026). Public, like the
 * document.
 */
@Controller
class ApiReferencePage {

    private final OpenApiWebMvcResource document;
    private final JsonMapper json;
    private final String documentPath;

    ApiReferencePage(
            OpenApiWebMvcResource document, JsonMapper json, @Value("${springdoc.api-docs.path}") String documentPath) {
        this.document = document;
        this.json = json;
        this.documentPath = documentPath;
    }

    @GetMapping("/api/docs")
    String reference(HttpServletRequest request, Locale locale, Model model) throws Exception {
        var bytes = document.openapiJson(request, documentPath, locale);
        model.addAttribute("api", ApiReference.of(json.readTree(bytes)));
        model.addAttribute("documentPath", documentPath);
        return "home/api-reference";
    }
}
