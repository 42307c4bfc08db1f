package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to the dependencies their package-info allows; their diagrams go into docs/modules. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(EenPlanApplication.class);

    private static final Path DOCS = Path.of("docs", "modules");

    @Test
    void modulesUseOnlyWhatTheyAllow() {
        MODULES.verify();
    }

    @Test
    @DisplayName("README's module table names every module with what its package-info allows it to use")
    void theReadmeTellsWhatEachModuleMayUse() throws Exception {
        var readme = Files.readString(Path.of("README.md"));
        var rows = new TreeMap<String, Set<String>>();
        var row = Pattern.compile("(?m)^\\| `(\\w+)` .*\\| ([^|]*) \\|$").matcher(readme);
        while (row.find()) {
            var uses = new TreeSet<String>();
            for (var use : row.group(2).split(",")) {
                if (!use.isBlank() && !use.strip().equals("nothing")) {
                    uses.add(use.strip().replace("`", ""));
                }
            }
            rows.put(row.group(1), uses);
        }
        var allowed = new TreeMap<String, Set<String>>();
        for (var module : MODULES) {
            var info = Class.forName(module.getBasePackage().getName() + ".package-info");
            var annotation = info.getAnnotation(ApplicationModule.class);
            allowed.put(module.getIdentifier().toString(), new TreeSet<>(List.of(annotation.allowedDependencies())));
        }
        assertThat(rows).containsAllEntriesOf(allowed);
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        // The documenter lists components, relations and events in no fixed order; sorted, an
        // unchanged module gives unchanged files.
        try (Stream<Path> files = Files.list(DOCS)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, sortedRuns(Files.readAllLines(file)));
            }
        }
    }

    /** Sorts each run of diagram lines of one kind, and each cell's list of bullets. */
    static List<String> sortedRuns(List<String> lines) {
        var result = new ArrayList<String>(lines.size());
        var i = 0;
        while (i < lines.size()) {
            var kind = kind(lines.get(i));
            if (kind == null) {
                result.add(lines.get(i++));
                continue;
            }
            var cell = lines.get(i).startsWith("|");
            var run = new ArrayList<String>();
            run.add(cell ? lines.get(i).substring(1) : lines.get(i));
            i++;
            while (i < lines.size()
                    && kind.equals(kind(lines.get(i)))
                    && !lines.get(i).startsWith("|")) {
                run.add(lines.get(i++));
            }
            run.sort(null);
            if (cell) {
                run.set(0, "|" + run.getFirst());
            }
            result.addAll(run);
        }
        return result;
    }

    private static String kind(String line) {
        if (line.startsWith("Rel(")) {
            return "relation";
        }
        if (line.stripLeading().startsWith("Component(")) {
            return "component";
        }
        return line.startsWith("* `") || line.startsWith("|* `") ? "bullet" : null;
    }
}
