package org.shebao.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.GuideProcedure;
import org.shebao.contract.payload.OutOfAreaSituation;

/** Situations, rules and per-item citations of a GUIDE: read from JSON, looked up, and checked for consistency. */
class GuideProcedureRulesTest {

    private final ObjectMapper mapper = PolicyJson.newMapper();
    private static Map<String, String> violations(Object value) {
        return Violations.of(value);
    }

    private static Path dataSetFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("no " + relative + " above " + Path.of("").toAbsolutePath());
    }

    private static final String CITED = """
            {"procedures": [{"procedure": "OUT_OF_AREA_FILING", "filingType": "LONG_TERM_RESIDENCE",
              "situation": "RETIREE_RESETTLEMENT", "scopes": ["CROSS_PROVINCE"], "title": "异地安置退休人员备案",
              "materials": [{"name": "户籍证明", "required": true, "cite": "A"}],
              "channels": ["国家医保服务平台APP"], "channelsCite": "A",
              "validity": {"indefinite": true, "cite": "A"},
              "changeOrCancel": {"allowed": true, "months": 6, "text": "变更或取消时限原则上不超过6个月", "cite": "A"},
              "citations": [{"key": "A", "title": "某市办事指南", "quote": "异地安置退休人员提供户籍证明",
                             "confidence": "OFFICIAL"}]},
             {"procedure": "OUT_OF_AREA_FILING", "filingType": "LONG_TERM_RESIDENCE", "title": "长期居住备案",
              "materials": [{"name": "个人承诺书", "required": false}]}]}""";

    @Test
    void aSituationsOwnProcedureComesBeforeItsFilingTypesGeneralOne() throws Exception {
        GuidePolicy guide = mapper.readValue(CITED, GuidePolicy.class);
        assertThat(violations(guide)).isEmpty();
        assertThat(guide.filing(OutOfAreaSituation.RETIREE_RESETTLEMENT, CareScope.CROSS_PROVINCE).title())
                .isEqualTo("异地安置退休人员备案");
        assertThat(guide.filing(OutOfAreaSituation.RESIDENT_WORKER, CareScope.CROSS_PROVINCE).title())
                .isEqualTo("长期居住备案");
        assertThat(guide.filing(OutOfAreaSituation.RETIREE_RESETTLEMENT, CareScope.WITHIN_PROVINCE).title())
                .isEqualTo("长期居住备案");
    }

    @Test
    void aProcedureWithCitationsCitesEveryItemByAKeyItLists() throws Exception {
        GuideProcedure procedure = mapper.readValue(CITED.replace("\"cite\": \"A\"}]", "\"cite\": \"B\"}]")
                .replace(", \"channelsCite\": \"A\"", ""), GuidePolicy.class).procedures().get(0);
        assertThat(violations(procedure)).containsOnlyKeys("materials[0].cite", "channelsCite");
    }

    @Test
    void aSituationMustBelongToTheFilingTypeAndRulesToTheirProcedure() throws Exception {
        GuideProcedure procedure = mapper.readValue("""
                {"procedure": "MANUAL_REIMBURSEMENT", "situation": "REFERRAL", "title": "零星报销",
                 "scopes": ["LOCAL"], "filingAfterAdmission": {"allowed": true, "text": "出院前补办"},
                 "materials": [{"name": "发票", "required": true}]}""", GuideProcedure.class);
        assertThat(violations(procedure)).containsOnlyKeys("situation", "scopes", "filingAfterAdmission");
    }

    @Test
    void theNationalDataSetGuideIsConsistentAndCitesEveryItem() throws Exception {
        var versions = mapper.readTree(dataSetFile("deploy/data/policies/100000-national/guide.json").toFile());
        GuidePolicy latest = mapper.treeToValue(versions.get(versions.size() - 1).get("payload"), GuidePolicy.class);
        assertThat(violations(latest)).isEmpty();
        assertThat(latest.procedures()).allMatch(p -> p.citations() != null && !p.citations().isEmpty());
        for (OutOfAreaSituation situation : OutOfAreaSituation.values()) {
            assertThat(latest.filing(situation, CareScope.CROSS_PROVINCE)).as(situation.name()).isNotNull();
        }
    }
}
