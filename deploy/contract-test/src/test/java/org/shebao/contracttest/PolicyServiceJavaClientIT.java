package org.shebao.contracttest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shebao.contracttest.policy.api.AuditApi;
import org.shebao.contracttest.policy.api.ChangeSetsApi;
import org.shebao.contracttest.policy.api.PolicyVersionsApi;
import org.shebao.contracttest.policy.api.RegionsApi;
import org.shebao.contracttest.policy.client.ApiClient;
import org.shebao.contracttest.policy.client.ApiException;
import org.shebao.contracttest.policy.client.ApiResponse;
import org.shebao.contracttest.policy.client.JSON;
import org.shebao.contracttest.policy.model.ChangeSetRequest;
import org.shebao.contracttest.policy.model.ChangeSetView;
import org.shebao.contracttest.policy.model.Confidence;
import org.shebao.contracttest.policy.model.ContributionDraftRequest;
import org.shebao.contracttest.policy.model.ContributionVersionView;
import org.shebao.contracttest.policy.model.CoverageView;
import org.shebao.contracttest.policy.model.DiffView;
import org.shebao.contracttest.policy.model.DraftRequest;
import org.shebao.contracttest.policy.model.InForceView;
import org.shebao.contracttest.policy.model.PageViewAuditEntryView;
import org.shebao.contracttest.policy.model.PageViewRegion;
import org.shebao.contracttest.policy.model.PolicyKind;
import org.shebao.contracttest.policy.model.PolicySource;
import org.shebao.contracttest.policy.model.PolicyVersionView;
import org.shebao.contracttest.policy.model.Problem;
import org.shebao.contracttest.policy.model.ReasonRequest;
import org.shebao.contracttest.policy.model.Region;
import org.shebao.contracttest.policy.model.RegionImportView;
import org.shebao.contracttest.policy.model.VersionStatus;

/**
 * One real call per policy-service operation through the Java client generated from the pinned document, four-eyes:
 * an editor client drafts and submits, an approver client approves. The drafts correct Beijing's contribution policy
 * from 2031 on, each from its own month, so that they change no answer the other ITs check.
 */
@ExtendWith(ContractSystem.class)
class PolicyServiceJavaClientIT {

    private static final String BEIJING = "110000";
    private static final AtomicInteger NEXT_MONTH = new AtomicInteger();

    private static ApiClient editor;
    private static ApiClient approver;
    private static ContributionVersionView inForce;

    @BeforeAll
    static void clients(ContractSystem system) throws ApiException {
        editor = new ApiClient().setBasePath(system.policyApi().baseUrl());
        editor.setBearerToken(system.editorToken());
        approver = new ApiClient().setBasePath(system.policyApi().baseUrl());
        approver.setBearerToken(system.approverToken());
        List<InForceView> policies = new RegionsApi(editor).listPoliciesInForce(BEIJING, LocalDate.of(2025, 7, 1),
                PolicyKind.CONTRIBUTION);
        inForce = policies.get(0).getVersion().getContributionVersionView();
    }

    @Test
    void aDraftIsUpdatedSubmittedApprovedDiffedAndWithdrawn() throws ApiException {
        PolicyVersionsApi asEditor = new PolicyVersionsApi(editor);
        PolicyVersionsApi asApprover = new PolicyVersionsApi(approver);
        ApiResponse<PolicyVersionView> created = asEditor.createDraftWithHttpInfo(draft());
        long id = contribution(created.getData()).getId();
        assertThat(contribution(asEditor.getPolicyVersion(id)).getStatus()).isEqualTo(VersionStatus.DRAFT);

        ApiResponse<PolicyVersionView> updated = asEditor.updateDraftWithHttpInfo(id, etag(created),
                new DraftRequest(draft().getContributionDraftRequest().note("contract test: updated")));
        assertThat(contribution(updated.getData()).getNote()).isEqualTo("contract test: updated");
        ApiResponse<PolicyVersionView> submitted = asEditor.submitPolicyVersionWithHttpInfo(id, etag(updated));
        assertThat(contribution(submitted.getData()).getStatus()).isEqualTo(VersionStatus.SUBMITTED);
        ContributionVersionView published = contribution(asApprover.approvePolicyVersion(id, etag(submitted)));
        assertThat(published.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.getReviewer()).isNotEqualTo(published.getAuthor());

        DiffView diff = asEditor.diffPolicyVersion(id, inForce.getId());
        assertThat(diff.getToId()).isEqualTo(id);
        assertThat(diff.getChanges()).isNotNull();
        assertThat(asEditor.listPolicyVersions(PolicyKind.CONTRIBUTION, BEIJING, VersionStatus.PUBLISHED))
                .extracting(version -> contribution(version).getId()).contains(id);
        assertThat(new RegionsApi(editor).getPolicyHistory(BEIJING, PolicyKind.CONTRIBUTION))
                .extracting(version -> contribution(version).getId()).contains(id);

        ContributionVersionView requested = contribution(asEditor.requestWithdrawal(id,
                new ReasonRequest().reason("contract test: withdraw the correction")));
        assertThat(requested.getWithdrawalRequest().getReason()).isEqualTo("contract test: withdraw the correction");
        assertThat(contribution(asApprover.withdrawPolicyVersion(id)).getStatus()).isEqualTo(VersionStatus.WITHDRAWN);
    }

    @Test
    void aSubmittedDraftIsRejectedAndAnotherDeleted() throws ApiException {
        PolicyVersionsApi asEditor = new PolicyVersionsApi(editor);
        ApiResponse<PolicyVersionView> created = asEditor.createDraftWithHttpInfo(draft());
        long id = contribution(created.getData()).getId();
        asEditor.submitPolicyVersion(id, etag(created));
        ContributionVersionView rejected = contribution(new PolicyVersionsApi(approver).rejectPolicyVersion(id,
                new ReasonRequest().reason("contract test: no source")));
        assertThat(rejected.getStatus()).isEqualTo(VersionStatus.REJECTED);
        assertThat(rejected.getRejectionReason()).isEqualTo("contract test: no source");

        ApiResponse<PolicyVersionView> another = asEditor.createDraftWithHttpInfo(draft());
        long anotherId = contribution(another.getData()).getId();
        asEditor.deleteDraft(anotherId, etag(another));
        Problem gone = problem(() -> asEditor.getPolicyVersion(anotherId), 404);
        assertThat(gone.getStatus()).isEqualTo(404);
    }

    @Test
    void aChangeSetIsCheckedThenApprovedAndAnotherRejected() throws ApiException {
        ChangeSetsApi asEditor = new ChangeSetsApi(editor);
        ChangeSetsApi asApprover = new ChangeSetsApi(approver);
        assertThat(asEditor.validateChangeSet(new ChangeSetRequest().title("contract test: dry run")
                .items(List.of(draft()))).getItems().get(0).getOutcome()).hasToString("NEW");
        ChangeSetView created = asEditor.createChangeSet(new ChangeSetRequest().title("contract test: approved")
                .items(List.of(draft())));
        assertThat(asEditor.getChangeSet(created.getId()).getItems()).hasSize(1);
        assertThat(asEditor.submitChangeSet(created.getId()).getStatus()).isEqualTo(ChangeSetView.StatusEnum.SUBMITTED);
        assertThat(asApprover.approveChangeSet(created.getId()).getStatus())
                .isEqualTo(ChangeSetView.StatusEnum.PUBLISHED);

        ChangeSetView other = asEditor.createChangeSet(new ChangeSetRequest().title("contract test: rejected")
                .items(List.of(draft())));
        asEditor.submitChangeSet(other.getId());
        ChangeSetView rejected = asApprover.rejectChangeSet(other.getId(),
                new ReasonRequest().reason("contract test: not now"));
        assertThat(rejected.getStatus()).isEqualTo(ChangeSetView.StatusEnum.REJECTED);
        assertThat(rejected.getRejectionReason()).isEqualTo("contract test: not now");
    }

    @Test
    void regionsCoverageAndAudit() throws ApiException {
        RegionsApi regions = new RegionsApi(approver);
        PageViewRegion found = regions.searchRegions(null, null, 0, "广州", 20);
        assertThat(found.getItems()).extracting(Region::getCode).contains("440100");
        Region guangzhou = regions.getRegion("440100");
        assertThat(guangzhou.getParentCode()).isEqualTo("440000");
        assertThat(regions.putRegion("440100", guangzhou).getName()).isEqualTo(guangzhou.getName());
        RegionImportView imported = regions.importRegions(List.of(guangzhou));
        assertThat(imported.getUnchanged()).isEqualTo(1);

        List<InForceView> inForceNow = regions.listPoliciesInForce("440106", LocalDate.of(2025, 7, 1), null);
        assertThat(inForceNow).extracting(InForceView::getKind).contains(PolicyKind.CONTRIBUTION);
        assertThat(inForceNow).anyMatch(InForceView::getInherited);
        assertThat(regions.listGuidesInForce("440106", null)).extracting(InForceView::getKind)
                .containsOnly(PolicyKind.GUIDE);

        CoverageView coverage = regions.getCoverage(LocalDate.of(2025, 7, 1), PolicyKind.CONTRIBUTION);
        assertThat(coverage.getRegions()).isNotEmpty();

        PageViewAuditEntryView audit = new AuditApi(editor).searchAudit(null, null, null, 0, null, 10);
        assertThat(audit.getItems()).isNotEmpty();
        assertThat(audit.getItems().get(0).getActor()).isNotBlank();
        // the data set's change sets drafted 北京's versions
        assertThat(new AuditApi(editor).searchAudit(null, null, null, 0, BEIJING, 1000).getItems())
                .extracting(entry -> String.valueOf(entry.getEntityType())).contains("CHANGE_SET");
    }

    @Test
    void anUnknownVersionIsATypedProblem() {
        Problem problem = problem(() -> new PolicyVersionsApi(editor).getPolicyVersion(999_999_999L), 404);

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getTitle()).isNotBlank();
    }

    /** A correction of Beijing's contribution policy in force in July 2025, effective from a month of 2031 on. */
    private static DraftRequest draft() {
        int month = NEXT_MONTH.getAndIncrement();
        return new DraftRequest(new ContributionDraftRequest().regionCode(BEIJING).kind(ContributionDraftRequest.KindEnum.CONTRIBUTION)
                .effectiveFrom(LocalDate.of(2031, 1, 1).plusMonths(month)).confidence(Confidence.ESTIMATE)
                .note("contract test: a correction nobody calculates with")
                .source(new PolicySource().title("Contract test").url("https://example.org/contract-test")
                        .publishedOn(LocalDate.of(2026, 11, 1))
                        .derivation("not a real figure: the contract test publishes and withdraws it"))
                .payload(inForce.getPayload()));
    }

    private static ContributionVersionView contribution(PolicyVersionView version) {
        return version.getContributionVersionView();
    }

    private static String etag(ApiResponse<?> response) {
        return response.getHeaders().entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("ETag"))
                .map(header -> header.getValue().get(0)).findFirst()
                .orElseThrow(() -> new AssertionError("no ETag in " + response.getHeaders()));
    }

    /** The problem+json answer of a call that must fail with {@code status}, read as the typed Problem. */
    private static Problem problem(PolicyCall call, int status) {
        ApiException failure = catchThrowableOfType(ApiException.class, call::run);
        assertThat(failure).as("the call must fail with " + status).isNotNull();
        assertThat(failure.getCode()).as(failure.getResponseBody()).isEqualTo(status);
        Map<String, List<String>> headers = failure.getResponseHeaders();
        assertThat(headers.get("Content-Type")).anyMatch(type -> type.startsWith("application/problem+json"));
        return JSON.deserialize(failure.getResponseBody(), Problem.class);
    }

    interface PolicyCall {
        void run() throws ApiException;
    }
}
