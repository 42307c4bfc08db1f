package nl.eenplan.home.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Handlers are looked up with a literal-prefix test first ({@link LiteralPrefixHandlerMapping}), and
 * the layout's model is added only to rendered pages ({@link LayoutModel}): neither may change what a
 * request gets.
 */
class HandlerLookupTests extends EenPlanTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountDirectory directory;

    @Test
    void aPatternsShapeIsItsLiteralStartAndEndAndItsNumberOfSegments() {
        assertThat(PathShape.of("/api/v1/households/{householdId}/plan/actions/{actionId}"))
                .isEqualTo(new PathShape("/api/v1/households", "", 7));
        assertThat(PathShape.of("/api/v1/households/{householdId}/plan"))
                .isEqualTo(new PathShape("/api/v1/households", "/plan", 5));
        assertThat(PathShape.of("/households/h{id}/x")).isEqualTo(new PathShape("/households", "/x", 3));
        assertThat(PathShape.of("/api/v1/**")).isEqualTo(new PathShape("/api/v1", "", PathShape.ANY_LENGTH));
        assertThat(PathShape.of("/files/{*rest}")).isEqualTo(new PathShape("/files", "", PathShape.ANY_LENGTH));
        assertThat(PathShape.of("/{page}")).isEqualTo(new PathShape("", "", 1));
        assertThat(PathShape.of("/cases")).isEqualTo(new PathShape("/cases", "", 1));
        assertThat(PathShape.of("/a/{id:\\d{4}}/b")).isEqualTo(new PathShape("/a", "/b", 3));
        var plan = PathShape.of("/api/v1/households/{householdId}/plan");
        assertThat(plan.fits("/api/v1/households/x/plan", 5)).isTrue();
        assertThat(plan.fits("/api/v1/households/x/goals", 5)).isFalse();
        assertThat(plan.fits("/api/v1/households/x/y/plan", 6)).isFalse();
    }

    @Test
    void everyPathAMappingMatchesHasTheShapeOfOneOfItsPatterns() {
        assertThat(mappings).isInstanceOf(LiteralPrefixHandlerMapping.class);
        var infos = mappings.getHandlerMethods().keySet();
        var patterns = new ArrayList<PathPattern>();
        infos.forEach(info -> patterns.addAll(info.getPathPatternsCondition().getPatterns()));
        var paths = patterns.stream().map(HandlerLookupTests::samplePath).toList();
        var checked = 0;
        for (var info : infos) {
            var shapes = List.of(LiteralPrefixHandlerMapping.shapesOf(info));
            for (var path : paths) {
                var container = PathContainer.parsePath(path);
                if (info.getPathPatternsCondition().getPatterns().stream().anyMatch(p -> p.matches(container))) {
                    checked++;
                    assertThat(shapes)
                            .as("%s must have the shape of %s", path, info)
                            .anyMatch(shape -> shape.fits(path, PathShape.slashes(path)));
                }
            }
        }
        assertThat(infos).hasSizeGreaterThan(300);
        assertThat(checked).isGreaterThanOrEqualTo(infos.size());
    }

    @Test
    void aWrongMethodStillNamesTheAllowedOnesAndAnUnknownPathIsNotFound() throws Exception {
        var person = as(AccountKind.STAFF);
        mvc.perform(get("/cases").with(person)).andExpect(status().isOk());
        mvc.perform(delete("/cases").with(person).with(csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().exists("Allow"));
        mvc.perform(get("/bestaat/niet").with(person)).andExpect(status().isNotFound());
    }

    @Test
    void aRenderedPageGetsItsLayoutAndARedirectDoesNot() throws Exception {
        mvc.perform(get("/cases").with(as(AccountKind.STAFF)))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("site", "currentUser", "navigation", "currentPath"))
                .andExpect(model().attribute("currentPath", "/cases"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("site", "navigation"))
                .andExpect(model().attribute("currentUser", (Object) null));
    }

    /** A path the pattern matches: every variable or wildcard segment filled in. */
    private static String samplePath(PathPattern pattern) {
        return pattern.getPatternString()
                .replaceAll("\\{\\*[^}]*}", "a/b")
                .replaceAll("\\{[^}]*}", "00000000-0000-4000-8000-000000000001")
                .replace("**", "a/b")
                .replace("*", "a")
                .replace("?", "a");
    }

    private RequestPostProcessor as(AccountKind kind) {
        var account = directory.createActive(uniqueEmail("lookup"), "Test", kind, "een lange zin als wachtwoord");
        var principal = new AccountPrincipal(account.id(), account.email(), account.displayName(), kind);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                principal,
                null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_" + kind.name()))));
    }
}
