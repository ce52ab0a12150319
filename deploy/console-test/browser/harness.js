'use strict';
/*
 * What every browser scenario shares: the system's URLs (set by ConsoleIT), checks that report PASS/FAIL lines,
 * waits on conditions only, screenshots, axe-core and the local sign-in. A scenario file calls run() once.
 */
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const POLICY_URL = required('POLICY_URL');
const CALC_URL = required('CALC_URL');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/lib/chromium/chromium';
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TIMEOUT = 60000;
const SCENARIO = path.basename(require.main.filename, '.test.js');
const SCREENSHOTS = path.join(process.env.SCREENSHOTS || path.join(__dirname, 'screenshots'), SCENARIO);

function required(name) {
  if (!process.env[name]) throw new Error(name + ' is not set');
  return process.env[name];
}

const results = { passed: 0, failed: 0 };
const pages = [];
let shot = 0;

async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.passed += 1;
    console.log('PASS ' + SCENARIO + ': ' + name + ' (' + (Date.now() - started) + ' ms)');
  } catch (e) {
    results.failed += 1;
    console.log('FAIL ' + SCENARIO + ': ' + name + ': ' + (e && e.stack ? e.stack : e));
    for (const page of pages) {
      console.log('  page ' + page.url() + ': ' + await screenshot(page, 'failed').catch((s) => s));
    }
    throw e;
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function screenshot(page, name) {
  shot += 1;
  const file = path.join(SCREENSHOTS, String(shot).padStart(2, '0') + '-' + name + '.png');
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** axe-core in the page: no serious or critical violation. */
async function accessible(page, name) {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document, { resultTypes: ['violations'] })).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')));
  assert(violations.length === 0, 'axe on ' + name + ': ' + violations.join('; '));
}

async function until(description, probe) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for ' + description);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A new browser context signed in through the local sign-in page as the given operator. */
async function signIn(browser, name, roles) {
  const context = await browser.newContext({ baseURL: POLICY_URL, locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  const page = watch(await context.newPage());
  await page.goto('/console');
  await signInHere(page, name, roles);
  return page;
}

/** Fills the sign-in page a console page led to, and waits until it leads back there (or to /console). */
async function signInHere(page, name, roles) {
  await page.waitForURL(/\/console\/sign-in/);
  const next = new URL(page.url()).searchParams.get('next') || '/console';
  await page.fill('#sign-in-name', name);
  for (const role of roles) await page.check('input[value="' + role + '"]');
  await page.click('#sign-in-submit');
  await page.waitForURL((url) => url.pathname + url.search === next);
  await page.waitForSelector('#operator-name:text("' + name + '")');
}

/** Adds a page opened outside signIn (a second tab) to the failure screenshots and the error log. */
function watch(page) {
  pages.push(page);
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (e) => console.log('  page error in ' + page.url() + ': ' + e.message));
  return page;
}

/** The id the draft form gives the input of a payload path, e.g. payload.participants.EMPLOYEE.base.floor. */
const field = (p) => '#f-' + p.replace(/[^A-Za-z0-9_-]/g, '_');

/** Calls calc-service's JSON API. */
async function calc(pathAndQuery, body) {
  const response = await fetch(CALC_URL + pathAndQuery, body === undefined
    ? { headers: { Accept: 'application/json' } }
    : { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

/** Runs a scenario with a headless browser; failed checks set the exit code ConsoleIT asserts. */
function run(scenario) {
  (async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const started = Date.now();
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    try {
      await scenario(browser);
    } catch (e) {
      // reported by check()
    } finally {
      await browser.close();
      console.log(SCENARIO + ': ' + results.passed + ' passed, ' + results.failed + ' failed ('
        + (Date.now() - started) + ' ms)');
      process.exitCode = results.failed === 0 ? 0 : 1;
    }
  })();
}

module.exports = {
  POLICY_URL, CALC_URL, TIMEOUT, check, assert, screenshot, accessible, until, signIn, signInHere, watch, field, calc,
  run,
};
