package org.shebao.policyservice.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;

import org.shebao.contract.PolicyJson;
import org.shebao.policyservice.api.ChangeSetRequest;
import org.shebao.policyservice.api.ChangeSetValidationView;
import org.shebao.policyservice.api.ChangeSetValidationView.Item;
import org.shebao.policyservice.api.ChangeSetValidationView.Outcome;
import org.shebao.policyservice.api.ChangeSetValidationView.Problem;
import org.shebao.policyservice.api.DraftRequest;
import org.shebao.policyservice.repository.RegionRepository;

/**
 * The dry run of an import: each item read and validated on its own, by the same JSON reading, Bean Validation and
 * region check as {@code POST /api/v1/change-sets}, so that one bad item neither hides the problems of the others nor
 * stops the good ones from being named. Writes nothing.
 */
@ApplicationScoped
public class ChangeSetValidation {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    RegionRepository regions;

    @Inject
    ChangeSetService changeSets;

    /** @param request a change-set request as sent; its shape is checked here, item by item */
    public ChangeSetValidationView validate(JsonNode request) {
        if (request == null || !request.isObject()) {
            throw InvalidInput.field("", "must be a change set: {\"title\": …, \"items\": […]}");
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode title = request.path("title");
        validator.validateValue(ChangeSetRequest.class, "title", title.isTextual() ? title.asText() : null)
                .forEach(v -> problems.add(new Problem("title", v.getMessage())));
        JsonNode items = request.path("items");
        if (!items.isArray() || items.isEmpty()) {
            problems.add(new Problem("items", "must be a non-empty list of drafts"));
        } else if (items.size() > ChangeSetRequest.MAX_ITEMS) {
            problems.add(new Problem("items", "at most " + ChangeSetRequest.MAX_ITEMS + " items; split the import"));
        }
        List<Item> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            results.add(item(i, items.get(i)));
        }
        boolean valid = problems.isEmpty() && results.stream().noneMatch(item -> item.outcome() == Outcome.INVALID);
        return new ChangeSetValidationView(valid, problems, results);
    }

    private Item item(int index, JsonNode node) {
        String prefix = "items[" + index + "]";
        List<Problem> problems = new ArrayList<>();
        Outcome outcome = Outcome.INVALID;
        DraftRequest draft = read(node, prefix, problems);
        if (draft != null) {
            validator.validate(draft).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<DraftRequest> v) -> v.getPropertyPath().toString()))
                    .forEach(v -> problems.add(new Problem(prefix + "." + v.getPropertyPath(), v.getMessage())));
            if (draft.regionCode() != null && regions.findById(draft.regionCode()) == null) {
                problems.add(new Problem(prefix + ".regionCode", "no region " + draft.regionCode()));
            }
            if (problems.isEmpty()) {
                outcome = changeSets.publishedIdentical(draft).isPresent() ? Outcome.UNCHANGED : Outcome.NEW;
            }
        }
        return new Item(index, text(node, "regionCode"), text(node, "kind"), text(node, "effectiveFrom"),
                text(node, "effectiveTo"), outcome, problems);
    }

    private DraftRequest read(JsonNode node, String prefix, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new Problem(prefix, "must be a draft object"));
            return null;
        }
        try {
            return json.treeToValue(node, DraftRequest.class);
        } catch (InvalidTypeIdException e) {
            // the payload's type is named by its sibling "kind", as the API's problem says
            problems.add(new Problem(prefix + ".kind", "unknown kind '" + e.getTypeId() + "'"));
        } catch (JsonMappingException e) {
            String path = PolicyJson.versionFieldPath(e);
            problems.add(new Problem(path.isEmpty() ? prefix : prefix + "." + path, e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            problems.add(new Problem(prefix, e.getOriginalMessage()));
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
