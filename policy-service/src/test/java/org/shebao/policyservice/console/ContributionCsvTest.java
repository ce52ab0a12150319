package org.shebao.policyservice.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.shebao.policyservice.console.ContributionCsv.Problem;
import org.shebao.policyservice.support.Drafts;

class ContributionCsvTest {

    private static final String HEADER = String.join(",", ContributionCsv.COLUMNS) + "\n";

    /** The latest published version of 960000 as the API shows it: floor 4000, ceiling 20000, PENSION 16 % / 8 %. */
    private static Optional<JsonNode> latest(String regionCode) {
        if (!regionCode.equals("960000")) {
            return Optional.empty();
        }
        JsonNode version = Drafts.JSON.valueToTree(
                Drafts.contribution("960000", "2030-07-01", "2031-07-01", 4000, 20000, "0.08"));
        return Optional.of(((ObjectNode) version).put("version", 3));
    }

    @Test
    void eachRegionAndPeriodIsACopyOfTheLatestVersionWithOnlyTheGivenCellsChanged() {
        ContributionCsv.Result result = ContributionCsv.read(HEADER
                + "960000,2031-07-01,2032-07-01,,,4200,,,\r\n"
                + "\"960000\",2031-07-01,2032-07-01,EMPLOYEE,\"PENSION\",,,,\"0.085\"\r\n"
                + "\n"
                + "960000,2032-07-01,,,,,21000,,\n", ContributionCsvTest::latest);

        assertThat(result.problems()).isEmpty();
        assertThat(result.elements()).hasSize(2);
        ContributionCsv.Element first = result.elements().get(0);
        assertThat(first.rows()).containsExactly(2, 3);
        assertThat(first.problems()).isEmpty();
        JsonNode employee = first.draft().at("/payload/participants/EMPLOYEE");
        assertThat(employee.at("/base/floor").decimalValue()).isEqualByComparingTo("4200");
        assertThat(employee.at("/base/ceiling").decimalValue()).isEqualByComparingTo("20000");
        assertThat(employee.at("/lines/0/employeeRate").decimalValue()).isEqualByComparingTo("0.085");
        assertThat(employee.at("/lines/0/employerRate").decimalValue()).isEqualByComparingTo("0.16");
        assertThat(first.draft().path("effectiveFrom").asText()).isEqualTo("2031-07-01");
        assertThat(first.draft().path("effectiveTo").asText()).isEqualTo("2032-07-01");
        assertThat(first.draft().path("confidence").asText()).isEqualTo("ESTIMATE");
        assertThat(first.draft().at("/source/derivation").asText()).contains("rows 2, 3").contains("v3 (2030-07-01)");

        ContributionCsv.Element open = result.elements().get(1);
        assertThat(open.rows()).containsExactly(5);
        assertThat(open.draft().path("effectiveTo").isNull()).isTrue();
        assertThat(open.draft().at("/payload/participants/EMPLOYEE/base/ceiling").decimalValue())
                .isEqualByComparingTo("21000");
    }

    @Test
    void badCellsAreProblemsNamingTheirRowAndColumn() {
        ContributionCsv.Result result = ContributionCsv.read(HEADER
                + "960000,2031-07-01,2032-07-01,EMPLOYEE,PENSION,,,0.16,8%\n"
                + "960000,2031-07-01,2032-07-01,EMPLOYEE,DENTAL,,,,\n"
                + "960000,2031-07-01,2032-07-01,EMPLOYEE,PENSION,,,,0.08\n"
                + "960000,2031-07-01,2032-07-01,,,,,0.1,\n"
                + "96000,2031-07-01,,,,,,,\n"
                + "960000,July,,,,,,,\n"
                + "961000,2031-07-01,,,,4000,,,\n", ContributionCsvTest::latest);

        assertThat(result.problems()).containsExactly(
                new Problem(6, "regionCode", "must be a six-digit GB/T 2260 code"),
                new Problem(7, "effectiveFrom", "'July' is not a date YYYY-MM-DD"));
        assertThat(result.elements()).hasSize(2);
        assertThat(result.elements().get(0).problems()).extracting(Problem::row, Problem::column).containsExactly(
                tuple(2, "employeeRate"),
                tuple(3, "insurance"),
                tuple(5, "insurance"),
                tuple(4, "insurance"));
        assertThat(result.elements().get(0).problems().get(0).message()).contains("'8%' is not a number");
        assertThat(result.elements().get(0).problems().get(3).message()).isEqualTo("repeats row 2");
        ContributionCsv.Element unknown = result.elements().get(1);
        assertThat(unknown.draft()).isNull();
        assertThat(unknown.problems()).containsExactly(new Problem(8, "regionCode",
                "no published CONTRIBUTION version of 961000 to start from"));
    }

    @Test
    void theHeaderAndQuotesAreChecked() {
        assertThat(ContributionCsv.read("regionCode,effectiveFrom,rate\n", ContributionCsvTest::latest).problems())
                .extracting(Problem::row, Problem::column)
                .containsExactly(tuple(1, "rate"));
        assertThat(ContributionCsv.read("regionCode,baseFloor\n", ContributionCsvTest::latest).problems())
                .extracting(Problem::column).containsExactly("effectiveFrom");
        assertThat(ContributionCsv.read(HEADER + "960000,\"2031-07-01\n", ContributionCsvTest::latest).problems())
                .extracting(Problem::row).containsExactly(2);
        assertThat(CsvTable.parse("a,\"b, \"\"c\"\"\nd\",e\r\nf")).extracting(CsvTable.Record::cells)
                .isEqualTo(List.of(List.of("a", "b, \"c\"\nd", "e"), List.of("f")));
    }
}
