package org.shebao.policyservice.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.shebao.contract.PolicyKind;
import org.shebao.policyservice.api.ChangeSetValidationView;
import org.shebao.policyservice.api.ChangeSetValidationView.Item;
import org.shebao.policyservice.api.ChangeSetValidationView.Outcome;
import org.shebao.policyservice.api.ChangeSetValidationView.Problem;
import org.shebao.policyservice.api.CsvImportView;
import org.shebao.policyservice.mapping.PolicyVersionMapper;
import org.shebao.policyservice.model.VersionStatus;
import org.shebao.policyservice.service.ChangeSetValidation;
import org.shebao.policyservice.service.PolicyQueryService;

/**
 * The console's CSV import: the file read into CONTRIBUTION drafts ({@link ContributionCsv}), each copied from the
 * region's latest published version, then checked by the API's own dry run ({@link ChangeSetValidation}); the file's
 * problems are added to the element of their row.
 */
@ApplicationScoped
public class CsvImport {

    @Inject
    PolicyQueryService policies;

    @Inject
    PolicyVersionMapper mapper;

    @Inject
    ChangeSetValidation validation;

    @Inject
    ObjectMapper json;

    public CsvImportView read(String title, String csv) {
        ContributionCsv.Result read = ContributionCsv.read(csv, this::latestContribution);
        ObjectNode drafts = json.createObjectNode().put("title", title);
        ArrayNode draftItems = drafts.putArray("items");
        read.elements().stream().filter(e -> e.draft() != null).forEach(e -> draftItems.add(e.draft()));
        ChangeSetValidationView checked = validation.validate(drafts);

        ObjectNode request = json.createObjectNode().put("title", title);
        ArrayNode items = request.putArray("items");
        List<Item> results = new ArrayList<>();
        int drafted = 0;
        for (int i = 0; i < read.elements().size(); i++) {
            ContributionCsv.Element element = read.elements().get(i);
            List<Problem> fromFile = element.problems().stream().map(CsvImport::problem).toList();
            if (element.draft() == null) {
                items.addNull();
                results.add(new Item(i, element.regionCode(), PolicyKind.CONTRIBUTION.name(),
                        element.effectiveFrom().toString(), text(element.effectiveTo()), Outcome.INVALID, fromFile));
                continue;
            }
            items.add(element.draft());
            Item item = checked.items().get(drafted);
            String from = "items[" + drafted++ + "]";
            String to = "items[" + i + "]";
            List<Problem> problems = Stream.concat(fromFile.stream(), item.problems().stream()
                    .map(p -> new Problem(p.field().replace(from, to), p.message()))).toList();
            results.add(new Item(i, item.regionCode(), item.kind(), item.effectiveFrom(), item.effectiveTo(),
                    fromFile.isEmpty() ? item.outcome() : Outcome.INVALID, problems));
        }
        List<Problem> setProblems = Stream.concat(read.problems().stream().map(CsvImport::problem),
                checked.problems().stream().filter(p -> !p.field().equals("items") || read.elements().isEmpty()))
                .toList();
        boolean valid = setProblems.isEmpty() && results.stream().noneMatch(r -> r.outcome() == Outcome.INVALID);
        return new CsvImportView(request, new ChangeSetValidationView(valid, setProblems, results));
    }

    private Optional<JsonNode> latestContribution(String regionCode) {
        return policies.withStatus(VersionStatus.PUBLISHED, regionCode, PolicyKind.CONTRIBUTION).stream()
                .max(Comparator.comparing(v -> v.effectiveFrom))
                .map(v -> json.valueToTree(mapper.toView(v)));
    }

    private static Problem problem(ContributionCsv.Problem p) {
        return new Problem("row " + p.row() + (p.column() == null ? "" : ", " + p.column()), p.message());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
