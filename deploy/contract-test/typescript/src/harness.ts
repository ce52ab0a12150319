// A tiny test harness: named checks run one after another, then one line "N passed, M failed" that the Java IT
// reads, and exit code 1 if any failed.
import assert from "node:assert/strict";

type Check = { name: string; run: () => Promise<void> };
const checks: Check[] = [];

export function check(name: string, run: () => Promise<void>): void {
  checks.push({ name, run });
}

export function env(name: string): string {
  const value = process.env[name];
  assert.ok(value, `environment variable ${name} is not set`);
  return value;
}

export async function runChecks(): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const { name, run } of checks) {
    try {
      await run();
      passed++;
      console.log(`ok   ${name}`);
    } catch (error) {
      failed++;
      console.log(`FAIL ${name}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}
