'use strict';
/*
 * One operator's scenario for a 社保年度 the data set leaves uncovered (北京 2031年度): sign in as an editor, see it
 * missing, draft from the latest version, meet a validation error beside the field, fix it, preview a 10,000 元 wage,
 * submit; sign in as an approver, see the diff, approve; see calc-service take the new revision, the coverage change
 * and calc-service's answer change. With DOCS_SCREENSHOT set it also writes the README's screenshot.
 */
const {
  POLICY_URL, check, assert, screenshot, accessible, until, signIn, field, calc, run,
} = require('./harness');

const DOCS_SCREENSHOT = process.env.DOCS_SCREENSHOT;
const REGION = '110000';
const KIND = 'CONTRIBUTION';
const DATE = '2031-07-01';
const MONTH = '2031-07';

const calcBill = () => calc('/api/v1/contributions',
  { regionCode: REGION, participantType: 'EMPLOYEE', month: MONTH, wage: 10000 });

run(async (browser) => {
  let editor;
  let approver;
  let draftUrl;
  let before;
  await check('calc-service holds the data set and has no answer for ' + REGION + ' ' + MONTH, async () => {
    await until('calc-service caught up', async () => {
      const state = (await calc('/api/v1/state')).body;
      return state.caughtUp && state.entries.some((e) => e.key === 'policy/' + REGION + '/' + KIND);
    });
    before = await calcBill();
    assert(before.status !== 200, 'expected no answer before publication, got ' + JSON.stringify(before.body));
  });

  await check('the sign-in page is accessible and the editor signs in', async () => {
    const context = await browser.newContext({ baseURL: POLICY_URL });
    const page = await context.newPage();
    await page.goto('/console/sign-in');
    await accessible(page, 'sign-in');
    await screenshot(page, 'sign-in');
    await context.close();
    // alice may edit and approve, but never approve her own draft
    editor = await signIn(browser, 'alice', ['policy-editor', 'policy-approver']);
  });

  await check('the coverage view shows ' + REGION + ' ' + KIND + ' missing on ' + DATE, async () => {
    await editor.fill('#coverage-date', DATE);
    await editor.selectOption('#coverage-kind', KIND);
    await editor.fill('#coverage-filter', REGION);
    await editor.click('#coverage-form button[type=submit]');
    await editor.waitForSelector(`#coverage-table[data-date="${DATE}"] tr[data-region="${REGION}"][data-kind="${KIND}"][data-status="MISSING"]`);
    await accessible(editor, 'coverage');
    await screenshot(editor, 'coverage-missing');
  });

  await check('a new draft starts from a copy of the latest version', async () => {
    await editor.click(`#coverage-table tr[data-region="${REGION}"][data-kind="${KIND}"] a.new-draft`);
    await editor.waitForURL(/\/console\/drafts\/new/);
    await editor.waitForFunction((sel) => document.querySelector(sel) && document.querySelector(sel).value !== '',
      field('payload.participants.EMPLOYEE.base.floor'));
    assert(await editor.inputValue(field('effectiveFrom')) === DATE, 'effectiveFrom should be ' + DATE);
    assert(await editor.inputValue(field('effectiveTo')) === '2032-07-01', 'effectiveTo should be a year later');
    await accessible(editor, 'new draft');
    await screenshot(editor, 'draft-copied');
  });

  const rate = field('payload.participants.EMPLOYEE.lines.0.employeeRate');
  const floor = field('payload.participants.EMPLOYEE.base.floor');
  await check('a rate of 1.5 is rejected and the message stands beside the field', async () => {
    await editor.fill(rate, '1.5');
    const newFloor = String(Number(await editor.inputValue(floor)) + 500);
    await editor.fill(floor, newFloor);
    await editor.click('#save');
    const error = await editor.waitForSelector(rate + '-error:not(:empty)');
    const text = await error.textContent();
    assert(/employeeRate/.test(text), 'the message names the field: ' + text);
    assert(await editor.getAttribute(rate, 'aria-invalid') === 'true', 'the field is marked invalid');
    assert(/\/drafts\/new/.test(editor.url()), 'nothing was saved');
    await accessible(editor, 'draft with a validation error');
    await screenshot(editor, 'validation-error');
  });

  await check('fixed, the draft is saved', async () => {
    await editor.fill(rate, '0.08');
    await editor.click('#save');
    await editor.waitForURL(/\/console\/drafts\/\d+$/);
    draftUrl = new URL(editor.url()).pathname;
    await editor.waitForSelector('#draft-meta .status.DRAFT');
    await editor.waitForSelector('#diff-table tbody tr');
    await screenshot(editor, 'draft-saved');
  });

  await check('the preview shows a 10,000 元 wage under the draft and the published policy', async () => {
    assert(await editor.inputValue('#preview-month') === MONTH, 'the preview month follows effectiveFrom');
    await editor.click('#run-preview');
    const row = await editor.waitForSelector('#preview-table tr[data-sample="WAGE_10000"]');
    const cells = await row.$$eval('td', (tds) => tds.map((td) => td.textContent));
    assert(cells[0] === '10000', 'the wage: ' + cells);
    assert(Number(cells[1]) > 0, 'the employee pays under the draft: ' + cells);
    assert(cells.length === 5 && /Unprocessable|Not Found|Bad Request|Conflict|:/.test(cells[4]),
      'the published side has no policy for ' + MONTH + ': ' + cells);
    await editor.waitForSelector('#preview-table tr[data-sample="CEILING"]');
    await accessible(editor, 'preview');
    await screenshot(editor, 'preview');
    if (DOCS_SCREENSHOT) {
      await editor.evaluate(() => document.getElementById('diff').scrollIntoView());
      await editor.screenshot({ path: DOCS_SCREENSHOT });
    }
  });

  await check('submitted; the author may not approve it and is told why', async () => {
    await editor.click('#submit-draft');
    await editor.waitForSelector('#draft-meta .status.SUBMITTED');
    assert(await editor.isDisabled('#approve'), 'approve is disabled for the author');
    assert(/four-eyes/.test(await editor.textContent('#review-why')), 'the page says why');
    await screenshot(editor, 'submitted-four-eyes');
  });

  await check('the approver sees the diff against the version it replaces', async () => {
    approver = await signIn(browser, 'bob', ['policy-approver']);
    await approver.goto(draftUrl);
    await approver.waitForSelector('#diff-table tbody tr');
    const paths = await approver.$$eval('#diff-table tbody td.code', (tds) => tds.map((td) => td.textContent));
    assert(paths.some((p) => p.endsWith('/base/floor')), 'the floor changed: ' + paths);
    assert(paths.some((p) => p === '/effectiveFrom'), 'the period changed: ' + paths);
    assert(await approver.isEnabled('#approve'), 'bob may approve');
    assert(await approver.isDisabled('#save'), 'bob sees alice\'s version read-only');
    await accessible(approver, 'review');
    await screenshot(approver, 'approver-diff');
  });

  await check('approved, the page shows when calc-service answers with the new revision', async () => {
    await approver.click('#approve');
    const live = await approver.waitForSelector('#calc-live');
    console.log('  publish-to-calc-service delay: ' + await live.getAttribute('data-ms') + ' ms (revision '
      + await live.getAttribute('data-revision') + ')');
    await screenshot(approver, 'approved-calc-live');
  });

  await check('the coverage view and calc-service\'s answer changed', async () => {
    await approver.goto(`/console?date=${DATE}&kind=${KIND}&region=${REGION}`);
    await approver.waitForSelector(`#coverage-table[data-date="${DATE}"] tr[data-region="${REGION}"][data-kind="${KIND}"][data-status="IN_FORCE"]`);
    await screenshot(approver, 'coverage-in-force');
    const after = await until('calc-service answers for ' + MONTH, async () => {
      const bill = await calcBill();
      return bill.status === 200 ? bill : null;
    });
    assert(after.body.policies[0].effectiveFrom === DATE, 'calc-service cites the new version: '
      + JSON.stringify(after.body.policies[0]));
  });
});
