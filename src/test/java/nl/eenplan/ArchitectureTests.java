package nl.eenplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Controller;

/** The few structural rules of STYLE.md that a compiler does not check. */
@AnalyzeClasses(packages = "nl.eenplan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_CLOCK =
            DescribedPredicate.describe("now() of java.time without a Clock", call -> {
                var method = call.getTarget();
                return method.getOwner().getPackageName().equals("java.time")
                        && method.getName().equals("now")
                        && method.getRawParameterTypes().stream().noneMatch(type -> type.isEquivalentTo(Clock.class));
            });

    private static final DescribedPredicate<JavaMethodCall> CREATES_A_SYSTEM_CLOCK = DescribedPredicate.describe(
            "Clock.system*()",
            call -> call.getTarget().getOwner().isEquivalentTo(Clock.class)
                    && Set.of("system", "systemUTC", "systemDefaultZone")
                            .contains(call.getTarget().getName()));

    @ArchTest
    static final ArchRule noCatchAllPackages = noClasses()
            .should()
            .resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..common..", "..misc..")
            .as("no util, helper, common or misc packages: name a package for what it is about");

    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .should()
            .beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
            .orShould()
            .beAnnotatedWith("org.springframework.beans.factory.annotation.Value")
            .orShould()
            .beAnnotatedWith("jakarta.inject.Inject")
            .orShould()
            .beAnnotatedWith("jakarta.annotation.Resource")
            .as("no field injection: take collaborators and settings through the constructor");

    @ArchTest
    static final ArchRule controllersLiveInWeb = classes()
            .that()
            .areMetaAnnotatedWith(Controller.class)
            .should()
            .resideInAPackage("..web")
            .as("controllers live in a module's web package");

    @ArchTest
    static final ArchRule timeComesFromAClock = noClasses()
            .should()
            .callMethodWhere(READS_THE_SYSTEM_CLOCK)
            .as("time comes from the injected Clock, never from now() without one");

    @ArchTest
    static final ArchRule onlyTheApplicationCreatesTheSystemClock = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(EenPlanApplication.class.getName())
            .should()
            .callMethodWhere(CREATES_A_SYSTEM_CLOCK)
            .as("only EenPlanApplication creates the system clock");

    @ArchTest
    static final ArchRule noVagueClassNames = noClasses()
            .should()
            .haveSimpleNameEndingWith("Impl")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("DTO")
            .orShould()
            .haveSimpleNameEndingWith("Dto")
            .as("no class named *Impl, *Helper, *Util(s) or *DTO: name it for what it does");
}
