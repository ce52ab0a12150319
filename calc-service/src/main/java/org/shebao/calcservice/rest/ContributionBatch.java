package org.shebao.calcservice.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shebao.calcservice.api.ContributionQuery;
import org.shebao.calcservice.api.PolicyCitation;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.contribution.ContributionResult;
import org.shebao.contract.PolicyJson;

/**
 * Many contribution bills in one request: NDJSON in, one NDJSON line out per line in, in the same order, then a last
 * line citing every policy used once. A bad line gets an error line of its own; the batch goes on.
 */
@ApplicationScoped
public class ContributionBatch {

    /** One answered line: compact, policies cited by revision tag only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(long line, String regionCode, YearMonth month, List<ContributionResult.Line> lines,
            ContributionResult.Totals totals, ContributionResult.PersonalAccounts personalAccounts,
            ContributionResult.HousingFund housingFund, List<String> policyRevisions, List<String> warnings) {
    }

    /** A line that could not be calculated, with the status a single request would have got. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Failure(long line, int status, String field, String detail) {
    }

    /** The closing line: each policy used, cited once, with what must be said about its figures. */
    public record Summary(long lines, long failed, List<PolicyCitation> policies, List<String> warnings,
            String notice) {
    }

    @Inject
    ContributionService contributions;

    @Inject
    Validator validator;

    @ConfigProperty(name = "calc.batch.max-lines", defaultValue = "200000")
    long maxLines;

    private final ObjectReader queryReader;
    private final ObjectWriter lineWriter;

    @Inject
    ContributionBatch(ObjectMapper mapper) {
        this.queryReader = mapper.readerFor(ContributionQuery.class);
        this.lineWriter = mapper.writer();
    }

    public void run(InputStream in, OutputStream out) throws IOException {
        Map<String, PolicyCitation> citations = new LinkedHashMap<>();
        Set<String> policyWarnings = new LinkedHashSet<>();
        long number = 0;
        long failed = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            if (text.isBlank()) {
                continue;
            }
            number++;
            if (number > maxLines) {
                write(writer, new Failure(number, 413, null, "a batch holds at most " + maxLines
                        + " lines; this one and the rest were not calculated"));
                long skipped = 1 + countRemaining(reader);
                failed += skipped;
                number += skipped - 1;
                break;
            }
            Object result = answer(number, text, citations, policyWarnings);
            if (result instanceof Failure) {
                failed++;
            }
            write(writer, result);
        }
        write(writer, new Summary(number, failed, List.copyOf(citations.values()), List.copyOf(policyWarnings),
                AnswerBuilder.NOTICE));
        writer.flush();
    }

    private Object answer(long number, String text, Map<String, PolicyCitation> citations,
            Set<String> policyWarnings) {
        try {
            ContributionQuery query = queryReader.readValue(text);
            Set<ConstraintViolation<ContributionQuery>> violations = validator.validate(query);
            if (!violations.isEmpty()) {
                ConstraintViolation<ContributionQuery> first = violations.iterator().next();
                return new Failure(number, 400, first.getPropertyPath().toString(), first.getMessage());
            }
            AnswerBuilder answer = new AnswerBuilder(false);
            ContributionResult result = contributions.compute(query, answer);
            citations.putAll(answer.citationsByVersion());
            policyWarnings.addAll(answer.warnings());
            return new Line(number, query.regionCode(), query.month(), result.lines(), result.totals(),
                    result.personalAccounts(), result.housingFund(), answer.revisionTags(),
                    result.warnings().isEmpty() ? null : result.warnings());
        } catch (MismatchedInputException e) {
            String field = PolicyJson.fieldPath(e);
            return new Failure(number, 400, field.isEmpty() ? null : field, e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            return new Failure(number, 400, null, "not a JSON object: " + e.getOriginalMessage());
        } catch (InvalidInputException e) {
            return new Failure(number, 400, e.field(), e.reason());
        } catch (UnknownRegionException e) {
            return new Failure(number, 404, e.field(), e.getMessage());
        } catch (NoPolicyInForceException | PolicyGapException e) {
            return new Failure(number, 422, null, e.getMessage());
        }
    }

    private void write(Writer writer, Object line) throws IOException {
        writer.write(lineWriter.writeValueAsString(line));
        writer.write('\n');
    }

    private static long countRemaining(BufferedReader reader) throws IOException {
        long remaining = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            if (!text.isBlank()) {
                remaining++;
            }
        }
        return remaining;
    }
}
