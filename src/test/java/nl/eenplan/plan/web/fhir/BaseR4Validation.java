package nl.eenplan.plan.web.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations.BindingStrength;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Checks a Bundle against the base FHIR R4 specification, as far as HAPI's own parts reach offline:
 * the standard XML schema ({@link FhirValidator}), and, from the StructureDefinitions of the core
 * profiles ({@link DefaultProfileValidationSupport}), every element's cardinality, every invariant of
 * severity error (evaluated by HAPI's FHIRPath engine), every code of a required binding, and every
 * reference inside the bundle. An invariant that evaluates to empty is not broken (FHIRPath's three-valued
 * logic); the XHTML of narratives is left to the schema. Answers the errors found; none is a valid bundle.
 */
public final class BaseR4Validation {

    private final FhirContext fhir;
    private final DefaultProfileValidationSupport profiles;
    private final FHIRPathEngine paths;
    private final Map<String, StructureDefinition> definitions = new HashMap<>();

    public BaseR4Validation(FhirContext fhir) {
        this.fhir = fhir;
        this.profiles = new DefaultProfileValidationSupport(fhir);
        this.paths = new FHIRPathEngine(new HapiWorkerContext(fhir, profiles));
    }

    public List<String> errors(String json) {
        var bundle = fhir.newJsonParser().parseResource(Bundle.class, json);
        var errors = new ArrayList<String>();
        var schema =
                fhir.newValidator().setValidateAgainstStandardSchema(true).setValidateAgainstStandardSchematron(false);
        schema.validateWithResult(bundle).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .forEach(m -> errors.add("schema: " + m.getLocationString() + " " + m.getMessage()));
        check(bundle, bundle, bundle, errors);
        var fullUrls = new HashSet<String>();
        for (var entry : bundle.getEntry()) {
            if (!fullUrls.add(entry.getFullUrl())) {
                errors.add("Bundle: fullUrl twice: " + entry.getFullUrl());
            }
            check(entry.getResource(), entry.getResource(), entry.getResource(), errors);
        }
        for (var entry : bundle.getEntry()) {
            references(entry.getResource(), fullUrls, entry.getFullUrl(), errors);
        }
        return errors;
    }

    /** The element's own definition (a resource or a complex type), then each complex value below it. */
    private void check(Resource resource, Base root, Base focus, List<String> errors) {
        var definition = definition(focus.fhirType());
        if (definition == null) {
            return;
        }
        var label = resource.fhirType() + "/" + resource.getIdPart() + " " + focus.fhirType();
        for (var element : definition.getSnapshot().getElement()) {
            var path = element.getPath();
            var relative =
                    path.contains(".") ? path.substring(path.indexOf('.') + 1).replace("[x]", "") : null;
            if (relative != null
                    && (relative.startsWith("extension")
                            || relative.contains(".extension")
                            || relative.contains("modifierExtension")
                            || relative.equals("id"))) {
                continue;
            }
            var parents = relative == null || !relative.contains(".")
                    ? List.of(focus)
                    : paths.evaluate(focus, relative.substring(0, relative.lastIndexOf('.')));
            if (relative != null) {
                var name = relative.substring(relative.lastIndexOf('.') + 1);
                for (var parent : parents) {
                    var count = paths.evaluate(parent, name).size();
                    var max = element.getMax();
                    if (count < element.getMin() || (!max.equals("*") && count > Integer.parseInt(max))) {
                        errors.add(label + ": " + path + " occurs " + count + " times, not " + element.getMin() + ".."
                                + max);
                    }
                }
            }
            var nodes = relative == null ? List.of(focus) : paths.evaluate(focus, relative);
            for (var node : nodes) {
                invariants(element, resource, root, node, label, errors);
                binding(element, node, label, errors);
            }
        }
        for (var property : focus.children()) {
            for (var value : property.getValues()) {
                if (!value.isPrimitive()
                        && !(value instanceof Resource)
                        && definition(value.fhirType()) != null
                        && !value.fhirType().equals(focus.fhirType())) {
                    check(resource, root, value, errors);
                }
            }
        }
    }

    private void invariants(
            ElementDefinition element, Resource resource, Base root, Base node, String label, List<String> errors) {
        for (var constraint : element.getConstraint()) {
            if (constraint.getSeverity() != ElementDefinition.ConstraintSeverity.ERROR || !constraint.hasExpression()) {
                continue;
            }
            // The XHTML of a narrative is checked by the schema: this FHIRPath engine cannot read it.
            if (element.getPath().equals("Narrative.div")) {
                continue;
            }
            try {
                var result = paths.evaluate(null, resource, resource, node, paths.parse(constraint.getExpression()));
                // FHIRPath's three-valued logic: only a false result breaks an invariant, not an empty one.
                if (result.size() == 1 && "false".equals(result.getFirst().primitiveValue())) {
                    errors.add(label + ": " + element.getPath() + " breaks " + constraint.getKey() + " ("
                            + constraint.getHuman() + ")");
                }
            } catch (RuntimeException e) {
                errors.add(label + ": " + constraint.getKey() + " could not be evaluated: " + e.getMessage());
            }
        }
    }

    /** A required binding: every coding's code is in the value set (when it can be expanded here). */
    private void binding(ElementDefinition element, Base node, String label, List<String> errors) {
        if (!element.hasBinding() || element.getBinding().getStrength() != BindingStrength.REQUIRED) {
            return;
        }
        var allowed = codes(element.getBinding().getValueSet());
        if (allowed == null) {
            return;
        }
        var given = new ArrayList<String>();
        if (node instanceof CodeableConcept concept) {
            concept.getCoding().forEach(c -> given.add(c.getSystem() + "|" + c.getCode()));
        } else if (node instanceof Coding coding) {
            given.add(coding.getSystem() + "|" + coding.getCode());
        } else if (node.isPrimitive()) {
            given.add("|" + node.primitiveValue());
        }
        for (var code : given) {
            var known =
                    code.startsWith("|") ? allowed.stream().anyMatch(a -> a.endsWith(code)) : allowed.contains(code);
            if (!known) {
                errors.add(label + ": " + element.getPath() + " has " + code + ", not in "
                        + element.getBinding().getValueSet());
            }
        }
    }

    /** system|code of a value set's includes; null when it uses filters or other value sets. */
    private Set<String> codes(String url) {
        var valueSet = (ValueSet) profiles.fetchValueSet(url.replaceAll("\\|.*", ""));
        if (valueSet == null) {
            return null;
        }
        var codes = new HashSet<String>();
        for (var include : valueSet.getCompose().getInclude()) {
            if (include.hasFilter() || include.hasValueSet()) {
                return null;
            }
            if (include.hasConcept()) {
                include.getConcept().forEach(c -> codes.add(include.getSystem() + "|" + c.getCode()));
                continue;
            }
            var system = (CodeSystem) profiles.fetchCodeSystem(include.getSystem());
            if (system == null) {
                return null;
            }
            addAll(include.getSystem(), system.getConcept(), codes);
        }
        return codes;
    }

    private static void addAll(String system, List<CodeSystem.ConceptDefinitionComponent> concepts, Set<String> codes) {
        for (var concept : concepts) {
            codes.add(system + "|" + concept.getCode());
            addAll(system, concept.getConcept(), codes);
        }
    }

    private static void references(Base node, Set<String> fullUrls, String from, List<String> errors) {
        for (var property : node.children()) {
            for (var value : property.getValues()) {
                if (value instanceof Reference reference
                        && reference.hasReference()
                        && !fullUrls.contains(reference.getReference())) {
                    errors.add(from + ": reference to " + reference.getReference() + " is not in the bundle");
                }
                if (!value.isPrimitive()) {
                    references(value, fullUrls, from, errors);
                }
            }
        }
    }

    private StructureDefinition definition(String type) {
        return definitions.computeIfAbsent(type, t -> (StructureDefinition)
                profiles.fetchStructureDefinition("http://hl7.org/fhir/StructureDefinition/" + t));
    }
}
