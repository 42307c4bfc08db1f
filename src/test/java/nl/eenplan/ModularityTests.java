package nl.eenplan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to the dependencies their package-info allows; their diagrams go into docs/modules. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(EenPlanApplication.class);

    @Test
    void modulesUseOnlyWhatTheyAllow() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
    }
}
