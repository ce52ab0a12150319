// One call per policy-service operation through openapi-fetch typed by the pinned document, four-eyes: the editor
// drafts and submits, the approver approves. The drafts correct Beijing's contribution policy from 2032 on (each from
// its own month), so that they change no answer the other tests check.
import assert from "node:assert/strict";
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/policy-service.js";
import { check, env } from "./harness.js";

type Schemas = components["schemas"];
const baseUrl = env("POLICY_URL");
const editor = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${env("EDITOR_TOKEN")}` } });
const approver = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${env("APPROVER_TOKEN")}` } });

let nextMonth = 0;

async function inForce(): Promise<Schemas["ContributionVersionView"]> {
  const { data } = await editor.GET("/api/v1/regions/{code}/policies", {
    params: { path: { code: "110000" }, query: { date: "2025-07-01", kind: "CONTRIBUTION" } },
  });
  const version = data?.[0]?.version;
  assert.ok(version && version.kind === "CONTRIBUTION");
  return version;
}

async function draft(): Promise<Schemas["ContributionDraftRequest"]> {
  const version = await inForce();
  const month = nextMonth++;
  return {
    regionCode: "110000",
    kind: "CONTRIBUTION",
    effectiveFrom: `${2032 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-01`,
    confidence: "ESTIMATE",
    note: "contract test (TypeScript): a correction nobody calculates with",
    source: { title: "Contract test", url: "https://example.org/contract-test", publishedOn: "2026-11-01",
      derivation: "not a real figure: the contract test publishes and withdraws it" },
    payload: version.payload,
  };
}

function etag(response: Response): string {
  const value = response.headers.get("ETag");
  assert.ok(value, "no ETag");
  return value;
}

check("policy createDraft getPolicyVersion updateDraft submit approve diff history withdrawal withdraw", async () => {
  const created = await editor.POST("/api/v1/policies", { body: await draft() });
  assert.ok(created.data, `createDraft ${created.response.status}`);
  const id = created.data.id;
  const read = await editor.GET("/api/v1/policies/{id}", { params: { path: { id } } });
  assert.equal(read.data?.status, "DRAFT");

  const updated = await editor.PUT("/api/v1/policies/{id}", {
    params: { path: { id }, header: { "If-Match": etag(created.response) } },
    body: { ...(await draft()), note: "contract test (TypeScript): updated" },
  });
  assert.equal(updated.data?.note, "contract test (TypeScript): updated");
  const submitted = await editor.POST("/api/v1/policies/{id}/submit", {
    params: { path: { id }, header: { "If-Match": etag(updated.response) } },
  });
  assert.equal(submitted.data?.status, "SUBMITTED");
  const approved = await approver.POST("/api/v1/policies/{id}/approve", {
    params: { path: { id }, header: { "If-Match": etag(submitted.response) } },
  });
  assert.equal(approved.data?.status, "PUBLISHED");

  const diff = await editor.GET("/api/v1/policies/{id}/diff", {
    params: { path: { id }, query: { against: (await inForce()).id } },
  });
  assert.equal(diff.data?.toId, id);
  const list = await editor.GET("/api/v1/policies", {
    params: { query: { regionCode: "110000", kind: "CONTRIBUTION", status: "PUBLISHED" } },
  });
  assert.ok(list.data?.some((version) => version.id === id));
  const history = await editor.GET("/api/v1/regions/{code}/policies/{kind}/history", {
    params: { path: { code: "110000", kind: "CONTRIBUTION" } },
  });
  assert.ok(history.data?.some((version) => version.id === id));

  const requested = await editor.POST("/api/v1/policies/{id}/withdrawal-request", {
    params: { path: { id } }, body: { reason: "contract test (TypeScript): withdraw it" },
  });
  assert.equal(requested.data?.withdrawalRequest?.reason, "contract test (TypeScript): withdraw it");
  const withdrawn = await approver.POST("/api/v1/policies/{id}/withdraw", { params: { path: { id } } });
  assert.equal(withdrawn.data?.status, "WITHDRAWN");
});

check("policy rejectPolicyVersion deleteDraft", async () => {
  const created = await editor.POST("/api/v1/policies", { body: await draft() });
  assert.ok(created.data);
  const id = created.data.id;
  await editor.POST("/api/v1/policies/{id}/submit", {
    params: { path: { id }, header: { "If-Match": etag(created.response) } },
  });
  const rejected = await approver.POST("/api/v1/policies/{id}/reject", {
    params: { path: { id } }, body: { reason: "contract test (TypeScript): no source" },
  });
  assert.equal(rejected.data?.status, "REJECTED");

  const another = await editor.POST("/api/v1/policies", { body: await draft() });
  assert.ok(another.data);
  const anotherId = another.data.id;
  const deleted = await editor.DELETE("/api/v1/policies/{id}", {
    params: { path: { id: anotherId }, header: { "If-Match": etag(another.response) } },
  });
  assert.ok(deleted.response.ok, `deleteDraft ${deleted.response.status}`);
  const gone = await editor.GET("/api/v1/policies/{id}", { params: { path: { id: anotherId } } });
  assert.equal(gone.response.status, 404);
  assert.equal(gone.error?.status, 404);
});

check("policy validateChangeSet createChangeSet getChangeSet submitChangeSet approveChangeSet rejectChangeSet", async () => {
  const checked = await editor.POST("/api/v1/change-sets/validate", {
    body: { title: "contract test (TypeScript): dry run", items: [await draft()] },
  });
  assert.equal(checked.data?.items[0]?.outcome, "NEW");
  const created = await editor.POST("/api/v1/change-sets", {
    body: { title: "contract test (TypeScript): approved", items: [await draft()] },
  });
  const id = created.data?.id;
  assert.ok(id);
  const read = await editor.GET("/api/v1/change-sets/{id}", { params: { path: { id } } });
  assert.equal(read.data?.items?.length, 1);
  const submitted = await editor.POST("/api/v1/change-sets/{id}/submit", { params: { path: { id } } });
  assert.equal(submitted.data?.status, "SUBMITTED");
  const approved = await approver.POST("/api/v1/change-sets/{id}/approve", { params: { path: { id } } });
  assert.equal(approved.data?.status, "PUBLISHED");

  const other = await editor.POST("/api/v1/change-sets", {
    body: { title: "contract test (TypeScript): rejected", items: [await draft()] },
  });
  const otherId = other.data?.id;
  assert.ok(otherId);
  await editor.POST("/api/v1/change-sets/{id}/submit", { params: { path: { id: otherId } } });
  const rejected = await approver.POST("/api/v1/change-sets/{id}/reject", {
    params: { path: { id: otherId } }, body: { reason: "contract test (TypeScript): not now" },
  });
  assert.equal(rejected.data?.status, "REJECTED");
});

check("policy searchRegions getRegion putRegion importRegions", async () => {
  const found = await approver.GET("/api/v1/regions", { params: { query: { q: "广州", page: 0, size: 20 } } });
  assert.ok(found.data?.items.some((region) => region.code === "440100"));
  const guangzhou = await approver.GET("/api/v1/regions/{code}", { params: { path: { code: "440100" } } });
  assert.ok(guangzhou.data);
  assert.equal(guangzhou.data.parentCode, "440000");
  const put = await approver.PUT("/api/v1/regions/{code}", {
    params: { path: { code: "440100" } }, body: guangzhou.data,
  });
  assert.equal(put.data?.name, guangzhou.data.name);
  const imported = await approver.PUT("/api/v1/regions", { body: [guangzhou.data] });
  assert.equal(imported.data?.unchanged, 1);
});

check("policy listPoliciesInForce listGuidesInForce getCoverage searchAudit", async () => {
  const inForce = await editor.GET("/api/v1/regions/{code}/policies", {
    params: { path: { code: "440106" }, query: { date: "2025-07-01" } },
  });
  assert.ok(inForce.data?.some((policy) => policy.kind === "CONTRIBUTION" && policy.inherited));
  const guides = await editor.GET("/api/v1/regions/{code}/guides", { params: { path: { code: "440106" } } });
  assert.ok(guides.data?.every((policy) => policy.kind === "GUIDE"));
  const coverage = await editor.GET("/api/v1/coverage", { params: { query: { date: "2025-07-01", kind: "CONTRIBUTION" } } });
  assert.ok((coverage.data?.regions?.length ?? 0) > 0);
  const audit = await editor.GET("/api/v1/audit", { params: { query: { page: 0, size: 10 } } });
  assert.ok(audit.data?.items?.[0]?.actor);
});
