package org.shebao.contract.payload;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.CareScope;
import org.shebao.contract.Confidence;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * What a person needs for one procedure: materials, where to apply, how long the result is valid — and, for 异地就医备案
 * and manual claims, the rules people ask about (filing after admission, change or cancellation, claim deadline). A
 * procedure that lists {@code citations} cites each of its items by key, so that every answer can say where each
 * material, channel and rule comes from.
 *
 * @param participantType      for card applications and 参保登记: whose application this is (null for 城乡居民)
 * @param filingType           for 异地就医备案: which filing this is
 * @param situation            for 异地就医备案: the situation (e.g. 异地安置退休) when its materials differ from the filing
 *                             type's general ones; null = every situation of the filing type
 * @param scheme               for 参保登记 and cards: 职工医保 or 城乡居民医保
 * @param nonLocalHukou        true when the procedure is the one for people without local 户籍 (外地人); null = anyone
 * @param scopes               for 备案 and manual claims: the out-of-area scopes it applies to (医保发〔2022〕22号 is for
 *                             跨省 care); null = both
 * @param directSettlement     for 备案: whether networked hospitals settle the care directly once filed (allowed)
 * @param filingAfterAdmission for 备案: whether filing after admission (before discharge) still allows direct settlement
 * @param changeOrCancel       for 备案: when a filing can be changed or cancelled
 * @param claimDeadline        for manual claims: the deadline of a claim
 * @param channelsCite         the citation key of {@code channels}
 * @param citations            the sources the items cite by key; empty or null in guides written before per-item
 *                             citations
 */
@Consistent
@Schema(description = "A procedure: materials, channels, validity, rules, each item cited")
public record GuideProcedure(
        @NotNull ProcedureType procedure,
        ParticipantType participantType,
        FilingType filingType,
        @NotBlank @Size(max = 200) @Schema(examples = "异地长期居住人员备案") String title,
        @NotEmpty List<@NotNull @Valid Material> materials,
        List<@NotBlank String> channels,
        @Valid Validity validity,
        List<@NotBlank String> notes,
        OutOfAreaSituation situation,
        Scheme scheme,
        Boolean nonLocalHukou,
        List<@NotNull CareScope> scopes,
        @Valid Term directSettlement,
        @Valid Term filingAfterAdmission,
        @Valid Term changeOrCancel,
        @Valid Term claimDeadline,
        @Size(max = 40) String channelsCite,
        List<@NotNull @Valid Citation> citations) implements ConsistencyChecked {

    /** A procedure without the per-item rules and citations (guides written before they existed). */
    public GuideProcedure(ProcedureType procedure, ParticipantType participantType, FilingType filingType, String title,
            List<Material> materials, List<String> channels, Validity validity, List<String> notes) {
        this(procedure, participantType, filingType, title, materials, channels, validity, notes, null, null, null, null,
                null, null, null, null, null, null);
    }

    /**
     * @param alternativeTo name of the material this one may replace (个人承诺书 instead of 居住证明)
     * @param cite          key of the citation that lists this material
     */
    @Schema(description = "A material to bring or upload")
    public record Material(
            @NotBlank @Size(max = 200) @Schema(examples = "医保电子凭证、有效身份证件或社会保障卡") String name,
            boolean required,
            @Size(max = 200) String alternativeTo,
            @Size(max = 500) String note,
            @Size(max = 40) String cite) {

        public Material(String name, boolean required, String alternativeTo, String note) {
            this(name, required, alternativeTo, note, null);
        }
    }

    /** How long the result holds: a number of months, or indefinitely (长期有效). */
    @Schema(description = "Validity of the result of a procedure")
    public record Validity(
            @PositiveOrZero Integer months,
            boolean indefinite,
            @Size(max = 500) String note,
            @Size(max = 40) String cite) {

        public Validity(Integer months, boolean indefinite, String note) {
            this(months, indefinite, note, null);
        }
    }

    /**
     * One rule of a procedure, as the source states it.
     *
     * @param allowed whether it is allowed, where the rule is a yes or no (补办 after admission); null otherwise
     * @param months  the period the rule names (a deadline, a minimum holding period), where it names one
     * @param text    the rule in words
     */
    @Schema(description = "A rule of a procedure (filing after admission, change or cancellation, claim deadline)")
    public record Term(
            Boolean allowed,
            @PositiveOrZero Integer months,
            @NotBlank @Size(max = 500) String text,
            @Size(max = 40) String cite) {
    }

    /**
     * Where an item comes from: the document and article, a short quote of the wording seen, and whether that wording
     * was the official text (OFFICIAL) or seen only through a third party (THIRD_PARTY).
     */
    @Schema(description = "A source an item of a procedure cites by key")
    public record Citation(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]+") @Schema(examples = "YB22-8") String key,
            @Size(max = 200) @Schema(examples = "医保发〔2022〕22号") String documentNumber,
            @NotBlank @Size(max = 500) String title,
            @Size(max = 100) @Schema(examples = "经办规程 第八条") String article,
            @Size(max = 1000) String url,
            @NotBlank @Size(max = 2000) String quote,
            @NotNull Confidence confidence) {
    }

    /** Whether this procedure is the one for a situation: its own, or its filing type's general one. */
    public boolean covers(OutOfAreaSituation asked) {
        return procedure == ProcedureType.OUT_OF_AREA_FILING && filingType == asked.filingType()
                && (situation == null || situation == asked);
    }

    /** Whether it applies to care in a scope (null scopes: any out-of-area scope). */
    public boolean appliesTo(CareScope scope) {
        return scopes == null || scopes.contains(scope);
    }

    /** The citation with a key, or null. */
    public Citation citation(String key) {
        return key == null || citations == null ? null
                : citations.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        found.require(procedure != ProcedureType.OUT_OF_AREA_FILING || filingType != null, "filingType",
                "is required for OUT_OF_AREA_FILING");
        found.require(filingType != FilingType.NONE, "filingType", "NONE is not a filing");
        found.require(situation == null || procedure == ProcedureType.OUT_OF_AREA_FILING
                && filingType == situation.filingType(), "situation", "must be a situation of the filingType");
        boolean enrolment = procedure == ProcedureType.ENROLMENT || procedure == ProcedureType.SOCIAL_SECURITY_CARD
                || procedure == ProcedureType.MEDICAL_CARD_APPLICATION;
        found.require(scheme == null || enrolment, "scheme", "is only for 参保登记 and card procedures");
        found.require(nonLocalHukou == null || enrolment, "nonLocalHukou", "is only for 参保登记 and card procedures");
        boolean outOfArea = procedure == ProcedureType.OUT_OF_AREA_FILING
                || procedure == ProcedureType.MANUAL_REIMBURSEMENT;
        found.require(scopes == null || outOfArea && !scopes.isEmpty() && !scopes.contains(CareScope.LOCAL), "scopes",
                "lists WITHIN_PROVINCE and/or CROSS_PROVINCE, only for OUT_OF_AREA_FILING and MANUAL_REIMBURSEMENT");
        boolean filing = procedure == ProcedureType.OUT_OF_AREA_FILING;
        found.require(directSettlement == null || filing, "directSettlement", "is only for OUT_OF_AREA_FILING");
        found.require(filingAfterAdmission == null || filing, "filingAfterAdmission", "is only for OUT_OF_AREA_FILING");
        found.require(changeOrCancel == null || filing, "changeOrCancel", "is only for OUT_OF_AREA_FILING");
        found.require(claimDeadline == null || procedure == ProcedureType.MANUAL_REIMBURSEMENT, "claimDeadline",
                "is only for MANUAL_REIMBURSEMENT");
        checkCitations(found);
    }

    /** Keys are unique, every cite names one, and a procedure with citations cites every item. */
    private void checkCitations(Inconsistencies found) {
        Set<String> keys = new HashSet<>();
        List<Citation> listed = citations == null ? List.of() : citations;
        for (int i = 0; i < listed.size(); i++) {
            found.require(keys.add(listed.get(i).key()), "citations[" + i + "].key", "is listed twice");
        }
        boolean cited = !listed.isEmpty();
        List<String[]> cites = new ArrayList<>();
        for (int i = 0; i < materials.size(); i++) {
            cites.add(new String[] { "materials[" + i + "].cite", materials.get(i).cite() });
        }
        if (channels != null && !channels.isEmpty()) {
            cites.add(new String[] { "channelsCite", channelsCite });
        }
        if (validity != null) {
            cites.add(new String[] { "validity.cite", validity.cite() });
        }
        addTerm(cites, "directSettlement", directSettlement);
        addTerm(cites, "filingAfterAdmission", filingAfterAdmission);
        addTerm(cites, "changeOrCancel", changeOrCancel);
        addTerm(cites, "claimDeadline", claimDeadline);
        for (String[] cite : cites) {
            String field = cite[0];
            String key = cite[1];
            if (key != null) {
                found.require(keys.contains(key), field, "names no citation of this procedure: " + key);
            } else {
                found.require(!cited, field, "is required: a procedure with citations cites every item");
            }
        }
    }

    private static void addTerm(List<String[]> cites, String field, Term term) {
        if (term != null) {
            cites.add(new String[] { field + ".cite", term.cite() });
        }
    }
}
