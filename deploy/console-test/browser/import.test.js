'use strict';
/*
 * Bulk import of a 社保年度 no other scenario uses (北京 2032年度) as a CSV of bases and rates: an editor uploads a file
 * with one bad row and sees the error beside its element, uploads the corrected file and submits one change set; an
 * approver approves it through the page's link; calc-service then answers for 2032-07 from the new version. Then the
 * what-if of a MEDICAL_BENEFIT and of a PENSION draft of 北京 shows the hospital stays and the retiree.
 */
const {
  check, assert, screenshot, accessible, until, signIn, calc, run,
} = require('./harness');

const REGION = '110000';
const FROM = '2032-07-01';
const MONTH = '2032-07';
const HEADER = 'regionCode,effectiveFrom,effectiveTo,participantType,insurance,baseFloor,baseCeiling,employerRate,employeeRate';
const csv = (employeeRate) => [HEADER,
  `${REGION},${FROM},2033-07-01,EMPLOYEE,,7800,39000,,`,
  `${REGION},${FROM},2033-07-01,EMPLOYEE,PENSION,,,0.16,${employeeRate}`].join('\r\n') + '\r\n';
const element = `#import-table tr[data-region="${REGION}"][data-from="${FROM}"]`;

async function upload(page, name, text) {
  await page.setInputFiles('#import-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

/** The cells of a preview row: the draft's figures come before the published policy's. */
async function previewRow(page, sample) {
  const row = await page.waitForSelector(`#preview-table tr[data-sample="${sample}"]`);
  return row.$$eval('td', (tds) => tds.map((td) => ({ text: td.textContent, problem: td.classList.contains('problem') })));
}

async function previewDraft(page, kind, samples) {
  await page.goto(`/console/drafts/new?regionCode=${REGION}&kind=${kind}`);
  await page.waitForSelector('#preview:not([hidden])');
  await page.waitForFunction(() => document.getElementById('preview-month').value !== '');
  await page.click('#run-preview');
  const rows = [];
  for (const sample of samples) {
    const cells = await previewRow(page, sample);
    console.log('  ' + kind + ' ' + sample + ': ' + cells.map((c) => c.text).join(' | '));
    assert(!cells[0].problem, 'calc-service answers the ' + sample + ' sample under the draft: ' + cells[0].text);
    rows.push(cells);
  }
  return rows;
}

run(async (browser) => {
  let editor;
  let approver;
  let link;
  await check('calc-service holds ' + REGION + ' CONTRIBUTION', async () => {
    await until('calc-service caught up', async () => {
      const state = (await calc('/api/v1/state')).body;
      return state.caughtUp && state.entries.some((e) => e.key === 'policy/' + REGION + '/CONTRIBUTION');
    });
  });

  await check('the editor reaches the import page from the navigation; it is accessible', async () => {
    editor = await signIn(browser, 'ivan', ['policy-editor']);
    await editor.click('nav a[href="/console/import"]');
    await editor.waitForURL(/\/console\/import$/);
    await accessible(editor, 'import');
    await screenshot(editor, 'import-page');
  });

  await check('a CSV with a bad rate: the server names the row and column beside its element', async () => {
    await upload(editor, 'beijing-2032.csv', csv('8%'));
    await editor.waitForSelector(element + '[data-outcome="INVALID"]');
    const problems = await editor.textContent(element + ' td.problems');
    assert(/row 3, employeeRate/.test(problems) && /8%/.test(problems), 'the problem names row and column: ' + problems);
    assert(await editor.isDisabled('#import-submit'), 'nothing valid to submit');
    assert(await editor.inputValue('#import-title') === '导入 beijing-2032.csv', 'the title defaults to the file name');
    await accessible(editor, 'import with an invalid element');
    await screenshot(editor, 'csv-bad-row');
  });

  await check('the corrected CSV is valid and submitted as one change set', async () => {
    await upload(editor, 'beijing-2032.csv', csv('0.08'));
    await editor.waitForSelector(element + '[data-outcome="NEW"]');
    await screenshot(editor, 'csv-valid');
    await editor.click('#import-submit');
    const created = await editor.waitForSelector('#change-set-created[data-status="SUBMITTED"]');
    console.log('  change set #' + await created.getAttribute('data-id'));
    link = await editor.getAttribute('#change-set-link', 'href');
    await screenshot(editor, 'change-set-submitted');
    await editor.goto(link);
    await editor.waitForSelector('#change-set-status[data-status="SUBMITTED"]');
    assert(await editor.isDisabled('#change-set-approve'), 'the importer may not approve');
    assert(await editor.isVisible('#change-set-why'), 'the page says why');
  });

  await check('an approver opens the link and approves the change set', async () => {
    approver = await signIn(browser, 'judy', ['policy-approver']);
    await approver.goto(link);
    await approver.waitForSelector('#change-set-status[data-status="SUBMITTED"]');
    assert(await approver.isEnabled('#change-set-approve'), 'judy may approve');
    await accessible(approver, 'change set review');
    // a version of the set is approved with the set: its own page says so and links back
    await approver.goto(await approver.getAttribute('#change-set-items a[href^="/console/drafts/"]', 'href'));
    await approver.waitForSelector('#review-why a[href*="changeSet="]');
    assert(await approver.isDisabled('#approve'), 'a version of a change set is not approved on its own');
    await approver.goto(link);
    await approver.waitForSelector('#change-set-status[data-status="SUBMITTED"]');
    await approver.click('#change-set-approve');
    await approver.waitForSelector('#change-set-status[data-status="PUBLISHED"]');
    await screenshot(approver, 'change-set-approved');
  });

  await check('calc-service answers for ' + MONTH + ' from the imported version', async () => {
    const bill = await until('calc-service answers from the ' + FROM + ' version', async () => {
      const answer = await calc('/api/v1/contributions', { regionCode: REGION, participantType: 'EMPLOYEE', month: MONTH, wage: 5000 });
      return answer.status === 200 && answer.body.policies[0].effectiveFrom === FROM ? answer : null;
    });
    const pension = bill.body.result.lines.find((line) => line.insurance === 'PENSION');
    assert(Number(pension.base) === 7800, 'the wage is raised to the imported floor: ' + JSON.stringify(pension));
    assert(Number(pension.employeeAmount) === 624, '8 % of 7800: ' + JSON.stringify(pension));
  });

  await check('the what-if of a MEDICAL_BENEFIT draft shows the hospital stays', async () => {
    await previewDraft(editor, 'MEDICAL_BENEFIT', ['INPATIENT_IN_SERVICE', 'INPATIENT_RETIRED']);
    await accessible(editor, 'medical benefit preview');
    await screenshot(editor, 'preview-hospital-stay');
  });

  await check('the what-if of a PENSION draft shows the retiree', async () => {
    await previewDraft(editor, 'PENSION', ['RETIREE']);
    await accessible(editor, 'pension preview');
    await screenshot(editor, 'preview-retiree');
  });
});
