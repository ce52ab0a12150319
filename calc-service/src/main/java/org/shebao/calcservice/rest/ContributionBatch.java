package org.shebao.calcservice.rest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shebao.calcservice.api.BatchLines;
import org.shebao.calcservice.api.ContributionAnswer;
import org.shebao.calcservice.api.ContributionQuery;
import org.shebao.calcservice.api.PolicyCitation;
import org.shebao.calcservice.api.StatusItem;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.contribution.ContributionResult;
import org.shebao.calcservice.service.ContributionService;
import org.shebao.calcservice.service.NoPolicyInForceException;
import org.shebao.calcservice.service.Outcome;
import org.shebao.calcservice.service.UnknownRegionException;
import org.shebao.contract.PolicyJson;

/**
 * Many contribution bills in one request: NDJSON in, one NDJSON line out per line in, in the same order, then a last
 * line citing every policy used once. Each line is calculated by {@link ContributionService} as a single bill would
 * be; a bad line gets a problem line with the status a single request would have got, and the batch goes on.
 */
@ApplicationScoped
class ContributionBatch {

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

    /** What the summary says: each version used once, and what must be said about it. */
    private static final class Summary {
        final Map<String, PolicyCitation> citations = new LinkedHashMap<>();
        final Set<StatusItem> policyWarnings = new LinkedHashSet<>();
        long lines;
        long failed;
    }

    void run(InputStream in, OutputStream out) throws IOException {
        Summary summary = new Summary();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            if (text.isBlank()) {
                continue;
            }
            summary.lines++;
            if (summary.lines > maxLines) {
                write(writer, new BatchLines.Failed(summary.lines, 413, null, "a batch holds at most " + maxLines
                        + " lines; this one and the rest were not calculated"));
                long skipped = 1 + countRemaining(reader);
                summary.failed += skipped;
                summary.lines += skipped - 1;
                break;
            }
            BatchLines.Line line = answer(summary.lines, text, summary);
            if (line instanceof BatchLines.Failed) {
                summary.failed++;
            }
            write(writer, line);
        }
        write(writer, new BatchLines.Summary(summary.lines, summary.failed, List.copyOf(summary.citations.values()),
                List.copyOf(summary.policyWarnings), Answers.NOTICE));
        writer.flush();
    }

    private BatchLines.Line answer(long number, String text, Summary summary) {
        try {
            ContributionQuery query = queryReader.readValue(text);
            Set<ConstraintViolation<ContributionQuery>> violations = validator.validate(query);
            if (!violations.isEmpty()) {
                ConstraintViolation<ContributionQuery> first = violations.iterator().next();
                return new BatchLines.Failed(number, 400, first.getPropertyPath().toString(), first.getMessage());
            }
            Outcome<ContributionResult> outcome = contributions.calculate(query, false);
            Answers.citations(outcome).forEach(summary.citations::putIfAbsent);
            summary.policyWarnings.addAll(Answers.policyWarnings(outcome));
            return new BatchLines.Answered(number, Answers.batchLine(outcome, r -> ContributionAnswer.of(query, r)),
                    Answers.revisionTags(outcome));
        } catch (MismatchedInputException e) {
            String field = PolicyJson.fieldPath(e);
            return new BatchLines.Failed(number, 400, field.isEmpty() ? null : field, e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            return new BatchLines.Failed(number, 400, null, "not a JSON object: " + e.getOriginalMessage());
        } catch (InvalidInputException e) {
            return new BatchLines.Failed(number, 400, e.field(), e.reason());
        } catch (UnknownRegionException e) {
            return new BatchLines.Failed(number, 404, e.field(), e.getMessage());
        } catch (NoPolicyInForceException | PolicyGapException e) {
            return new BatchLines.Failed(number, 422, null, e.getMessage());
        }
    }

    private void write(Writer writer, BatchLines.Line line) throws IOException {
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
