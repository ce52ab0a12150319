'use strict';
/*
 * Review and its edge cases, for 北京 2033年度 (which publish.test.js leaves alone): the author edits one draft in two
 * tabs and the second save meets the other tab's change (412); her session expires while editing and the draft comes
 * back after sign-in; another operator sees the draft read-only with her name; after publication the author requests
 * the version's withdrawal on the region timeline and may not confirm it herself, the second operator confirms it on
 * the version's page, the timeline shows it withdrawn; the region's audit history, then that operator's.
 */
const {
  check, assert, screenshot, accessible, signIn, signInHere, watch, field, run,
} = require('./harness');

const REGION = '110000';
const KIND = 'CONTRIBUTION';
const FROM = '2033-07-01';
const AUTHOR = ['alice', ['policy-editor', 'policy-approver']];
const REVIEWER = ['bob', ['policy-approver']];
const FLOOR = field('payload.participants.EMPLOYEE.base.floor');
const CEILING = field('payload.participants.EMPLOYEE.base.ceiling');
const NOTE = field('note');
const OTHER_TAB_NOTE = '另一标签页的修改 (changed in the other tab)';

run(async (browser) => {
  let alice;
  let bob;
  let draftUrl;
  let id;
  let floor;

  await check('the author saves a new ' + FROM + ' draft', async () => {
    alice = await signIn(browser, ...AUTHOR);
    await alice.goto('/console/drafts/new?' + new URLSearchParams({ regionCode: REGION, kind: KIND, effectiveFrom: FROM }));
    await alice.waitForFunction((sel) => document.querySelector(sel) && document.querySelector(sel).value !== '', FLOOR);
    assert(await alice.inputValue(field('effectiveFrom')) === FROM, 'effectiveFrom should be ' + FROM);
    await alice.fill(NOTE, '2033年度 review scenario');
    await alice.click('#save');
    await alice.waitForURL(/\/console\/drafts\/\d+$/);
    draftUrl = new URL(alice.url()).pathname;
    id = draftUrl.split('/').pop();
    await alice.waitForSelector('#draft-meta .status.DRAFT');
    floor = Number(await alice.inputValue(FLOOR));
  });

  await check('two tabs: the second save meets the other tab\'s change (412) and can re-apply its own', async () => {
    const otherTab = watch(await alice.context().newPage());
    await otherTab.goto(draftUrl);
    await otherTab.waitForSelector('#draft-meta .status.DRAFT');
    await otherTab.fill(NOTE, OTHER_TAB_NOTE);
    await otherTab.click('#save');
    await otherTab.waitForSelector('#messages .message.ok');
    await otherTab.close();

    await alice.fill(FLOOR, String(floor + 100));
    await alice.click('#save');
    const theirs = await alice.waitForSelector('#conflict:not([hidden]) #conflict-table tr[data-path="note"]');
    assert(/theirs/.test(await theirs.getAttribute('data-changed')), 'the note is the other tab\'s change');
    assert((await theirs.textContent()).includes(OTHER_TAB_NOTE), 'the other tab\'s note is shown');
    const mine = await alice.$('#conflict-table tr[data-path="payload.participants.EMPLOYEE.base.floor"]');
    assert(mine && /mine/.test(await mine.getAttribute('data-changed')), 'this tab\'s floor is shown as its own change');
    await accessible(alice, 'draft with a conflict');
    await screenshot(alice, 'conflict-412');

    await alice.click('#reapply');
    assert(await alice.inputValue(NOTE) === OTHER_TAB_NOTE, 'the other tab\'s note is kept');
    assert(Number(await alice.inputValue(FLOOR)) === floor + 100, 'this tab\'s floor is re-applied');
    await alice.click('#save');
    await alice.waitForSelector('#messages .message.ok');
    assert(await alice.isHidden('#conflict'), 'the conflict is resolved');
    await screenshot(alice, 'conflict-reapplied');
  });

  await check('an expired session leads to sign-in and the unsaved draft comes back', async () => {
    await alice.fill(CEILING, '40000');
    await alice.context().clearCookies();
    await alice.click('#save');
    await signInHere(alice, ...AUTHOR);
    assert(new URL(alice.url()).pathname === draftUrl, 'back on the draft: ' + alice.url());
    await alice.waitForSelector('#restored');
    assert(await alice.inputValue(CEILING) === '40000', 'the unsaved ceiling is restored');
    await screenshot(alice, 'session-restored');
    await alice.click('#save');
    await alice.waitForSelector('#messages .message.ok');
  });

  await check('another operator sees the draft read-only with the author\'s name', async () => {
    bob = await signIn(browser, ...REVIEWER);
    await bob.goto(draftUrl);
    const note = await bob.waitForSelector('#read-only-note:not([hidden])');
    assert(/alice/.test(await note.textContent()), 'the note names the author: ' + await note.textContent());
    assert(await bob.isDisabled('#save') && await bob.isDisabled(FLOOR), 'the form is read-only');
    assert(await bob.inputValue(CEILING) === '40000', 'bob sees what alice saved');
    await accessible(bob, 'read-only draft');
    await screenshot(bob, 'read-only-author');
  });

  await check('submitted by the author, approved by the other operator: scheduled', async () => {
    await alice.click('#submit-draft');
    await alice.waitForSelector('#draft-meta .status.SUBMITTED');
    await bob.goto(draftUrl);
    await bob.click('#approve:enabled');
    await bob.waitForSelector('#draft-meta .status.PUBLISHED');
  });

  await check('the author requests the withdrawal on the region timeline and may not confirm it', async () => {
    await alice.goto('/console/regions');
    await alice.fill('#region-q', '北京');
    await alice.click('#region-search button[type=submit]');
    await alice.waitForSelector(`#region-results a[data-code="${REGION}"]`);
    await accessible(alice, 'regions');
    await alice.click(`#region-results a[data-code="${REGION}"]`);
    const row = `#timeline section[data-kind="${KIND}"] tr[data-id="${id}"]`;
    await alice.waitForSelector(row + ' .status.SCHEDULED');
    await accessible(alice, 'timeline');
    await alice.fill(`#withdrawal-${id}-reason`, '2033年度 will come from the official notice');
    await alice.click(row + ' .request-withdrawal');
    const confirm = await alice.waitForSelector(row + ' [data-withdrawal="requested"] .confirm-withdrawal');
    assert(await confirm.isDisabled(), 'the requester may not confirm');
    assert(/four-eyes/.test(await alice.textContent(row + ' [data-withdrawal="requested"]')), 'the page says why');
    await accessible(alice, 'timeline with a withdrawal request');
    await screenshot(alice, 'withdrawal-requested');
    await alice.goto(draftUrl);
    await alice.waitForSelector('#withdrawal:not([hidden]) .confirm-withdrawal:disabled');
  });

  await check('the other operator confirms on the version\'s page; the timeline shows it withdrawn', async () => {
    await bob.goto(draftUrl);
    await bob.waitForSelector('#withdrawal:not([hidden]) [data-withdrawal="requested"]');
    await accessible(bob, 'version page');
    await bob.click('#withdrawal .confirm-withdrawal:enabled');
    await bob.waitForSelector('#draft-meta .status.WITHDRAWN');
    await bob.waitForSelector('#withdrawal [data-withdrawal="done"]');
    await screenshot(bob, 'withdrawn');
    await alice.goto('/console/regions?code=' + REGION);
    await alice.waitForSelector(`#timeline tr[data-id="${id}"][data-status="WITHDRAWN"] .status.WITHDRAWN`);
    await screenshot(alice, 'timeline-withdrawn');
  });

  await check('the timeline links to the region\'s audit history, then filtered by operator', async () => {
    await alice.click('#region-audit');
    await alice.waitForURL(/\/console\/audit\?regionCode=110000$/);
    await alice.waitForSelector(`#audit-table[data-query="regionCode=${REGION}"] tr[data-entity="POLICY_VERSION/${id}"][data-action="WITHDRAWN"]`);
    const regions = await alice.$$eval('#audit-table tbody tr[data-entity^="REGION/"]', (rows) => rows.map((r) => r.dataset.entity));
    assert(regions.every((r) => r === 'REGION/' + REGION), 'only this region\'s own entries: ' + regions);
    await accessible(alice, 'audit');
    await screenshot(alice, 'audit-region');

    await alice.fill('#audit-actor', 'bob');
    await alice.click('#audit-form button[type=submit]');
    await alice.waitForSelector(`#audit-table[data-query="actor=bob&regionCode=${REGION}"]`);
    const entries = await alice.$$eval('#audit-table tbody tr', (rows) => rows.map((r) => [r.dataset.actor, r.dataset.action, r.dataset.entity]));
    assert(entries.every(([actor]) => actor === 'bob'), 'only bob\'s entries: ' + JSON.stringify(entries));
    const about = entries.filter(([, , entity]) => entity === 'POLICY_VERSION/' + id).map(([, action]) => action);
    assert(about.includes('PUBLISHED') && about.includes('WITHDRAWN'), 'bob published and withdrew it: ' + about);
    await screenshot(alice, 'audit-region-operator');
  });
});
