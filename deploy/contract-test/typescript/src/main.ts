// Runs every check of both services against the system whose URLs and tokens are in the environment:
// CALC_URL, POLICY_URL, EDITOR_TOKEN, APPROVER_TOKEN.
import "./calc-service.js";
import "./policy-service.js";
import { runChecks } from "./harness.js";

await runChecks();
