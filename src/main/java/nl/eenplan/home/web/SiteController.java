package nl.eenplan.home.web;

import java.io.IOException;
import java.time.Duration;
import java.util.stream.Collectors;
import nl.eenplan.home.Site;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages of the footer, open to everyone: the privacy statement, the accessibility statement
 * (required of Dutch public-sector sites) and contact; and the municipality's own look: its design
 * tokens as CSS ({@code /theme.css}, a file of our own, so the Content-Security-Policy stays strict)
 * and its logo.
 */
@Controller
class SiteController {

    private final Site site;
    private final ResourceLoader resources;

    SiteController(Site site, ResourceLoader resources) {
        this.site = site;
        this.resources = resources;
    }

    @GetMapping("/about/privacy")
    String privacy() {
        return "home/privacy";
    }

    @GetMapping("/about/accessibility")
    String accessibility() {
        return "home/accessibility";
    }

    @GetMapping("/about/contact")
    String contact() {
        return "home/contact";
    }

    @GetMapping(value = "/theme/theme.css", produces = "text/css")
    ResponseEntity<String> theme() {
        var declarations = site.tokens().entrySet().stream()
                .map(token -> "  " + token.getKey() + ": " + token.getValue() + ";")
                .collect(Collectors.joining("\n"));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .contentType(MediaType.valueOf("text/css"))
                .body(".voorbeeld-theme {\n" + declarations + "\n}\n");
    }

    @GetMapping("/theme/logo")
    ResponseEntity<byte[]> logo() throws IOException {
        if (!site.hasLogo()) {
            return ResponseEntity.notFound().build();
        }
        var logo = resources.getResource(site.logo());
        if (!logo.exists()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .contentType(MediaTypeFactory.getMediaType(logo).orElse(MediaType.APPLICATION_OCTET_STREAM))
                .body(logo.getContentAsByteArray());
    }
}
