package nl.eenplan.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.monitoring.Region;
import nl.eenplan.monitoring.RegionChangedMeanwhile;
import nl.eenplan.monitoring.RegionRefused;
import nl.eenplan.monitoring.Regions;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * IMP-1, MON-1: administrators keep the regions of the regional dashboard: make one, rename it and choose
 * its municipalities, each on the version they saw. A municipality is in at most one region: choosing
 * it for another moves it, and the page says so. Every change is logged as an administrator's change.
 */
@Controller
@RequestMapping("/admin/regions")
class RegionsController {

    private final Regions regions;

    RegionsController(Regions regions) {
        this.regions = regions;
    }

    /** One region on the list: its name and the names of its municipalities. */
    record RegionRow(Region region, List<String> municipalities) {}

    /** One municipality to choose: checked when in this region, with the region it is in now. */
    record Choice(UUID id, String name, boolean chosen, String elsewhere) {}

    @GetMapping
    String all(Model model) {
        var names = names();
        model.addAttribute(
                "regions",
                regions.all().stream()
                        .map(r -> new RegionRow(
                                r,
                                r.municipalities().stream()
                                        .map(m -> names.getOrDefault(m, "?"))
                                        .sorted()
                                        .toList()))
                        .toList());
        model.addAttribute("maxName", Regions.MAX_NAME);
        model.addAttribute("name", model.getAttribute("name") == null ? "" : model.getAttribute("name"));
        return "monitoring/regions";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal AccountPrincipal admin,
            @RequestParam(required = false) String name,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            var id = regions.create(admin.id(), name);
            flash.addFlashAttribute("notice", "region.created");
            return "redirect:/admin/regions/" + id;
        } catch (RegionRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", refused.reason());
            model.addAttribute("name", name);
            return all(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        var region = regions.find(id);
        var owners = new LinkedHashMap<UUID, String>();
        regions.all().stream()
                .filter(r -> !r.id().equals(id))
                .forEach(r -> r.municipalities().forEach(m -> owners.put(m, r.name())));
        model.addAttribute("region", region);
        model.addAttribute(
                "choices",
                regions.municipalities().stream()
                        .map(m -> new Choice(
                                m.id(), m.name(), region.municipalities().contains(m.id()), owners.get(m.id())))
                        .toList());
        model.addAttribute("maxName", Regions.MAX_NAME);
        if (!model.containsAttribute("name")) {
            model.addAttribute("name", region.name());
        }
        return "monitoring/region";
    }

    @PostMapping("/{id}/name")
    String rename(
            @AuthenticationPrincipal AccountPrincipal admin,
            @PathVariable UUID id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        model.addAttribute("name", name);
        return change(id, model, response, flash, "region.renamed", () -> {
            regions.rename(admin.id(), id, version(version), name);
            return List.of();
        });
    }

    @PostMapping("/{id}/municipalities")
    String municipalities(
            @AuthenticationPrincipal AccountPrincipal admin,
            @PathVariable UUID id,
            @RequestParam(name = "municipality", required = false) List<String> chosen,
            @RequestParam(required = false) String version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var ids = new LinkedHashSet<UUID>();
        for (var value : chosen == null ? List.<String>of() : chosen) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                return refused(id, model, response, "region.municipality.unknown");
            }
        }
        var names = names();
        return change(
                id,
                model,
                response,
                flash,
                "region.municipalitiesSet",
                () -> regions.setMunicipalities(admin.id(), id, version(version), ids).stream()
                        .map(move -> List.of(names.getOrDefault(move.municipalityId(), "?"), move.fromRegion()))
                        .toList());
    }

    private String change(
            UUID id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash,
            String notice,
            Supplier<List<List<String>>> change) {
        try {
            var moves = change.get();
            flash.addFlashAttribute("notice", notice);
            flash.addFlashAttribute("moves", moves);
            return "redirect:/admin/regions/" + id;
        } catch (RegionChangedMeanwhile stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("error", "region.changedMeanwhile");
            model.asMap().remove("name");
            return show(id, model);
        } catch (RegionRefused refused) {
            return refused(id, model, response, refused.reason());
        }
    }

    private String refused(UUID id, Model model, HttpServletResponse response, String reason) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("error", reason);
        return show(id, model);
    }

    private Map<UUID, String> names() {
        var names = new LinkedHashMap<UUID, String>();
        regions.municipalities().forEach(m -> names.put(m.id(), m.name()));
        return names;
    }

    /** The version the form sent; anything that is no version counts as an old one. */
    private static int version(String version) {
        try {
            return version == null ? -1 : Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
