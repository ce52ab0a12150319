'use strict';
/* Bulk import: a JSON change set (as in deploy/data/) or a CSV of bases and rates, checked element by element by the
   server's dry run, the valid elements submitted as one change set; with ?changeSet=<id>, that change set for review. */
(() => {
  const { api, el, label, statusBadge, kindLabel, message } = Console;
  const titleInput = document.getElementById('import-title');
  const fileInput = document.getElementById('import-file');
  const messages = document.getElementById('import-messages');
  const result = document.getElementById('import-result');
  const submit = document.getElementById('import-submit');
  const outcome = document.getElementById('import-outcome');
  const OUTCOMES = { NEW: '新增', UNCHANGED: '未变', INVALID: '有误' };

  let checked = null; // { request, validation } of the file last read

  const problemList = (problems) => (problems.length
    ? el('ul', { class: 'plain error-list' }, problems.map((p) => el('li', { class: 'problem' }, p.field + ': ' + p.message)))
    : null);

  function showChecked() {
    const { validation } = checked;
    const valid = validation.items.filter((item) => item.outcome === 'NEW');
    result.replaceChildren(
      problemList(validation.problems) || '',
      el('table', { class: 'data', id: 'import-table' },
        el('caption', {}, label('共 ' + validation.items.length + ' 项，可导入 ' + valid.length + ' 项',
          validation.items.length + ' elements, ' + valid.length + ' new')),
        el('thead', {}, el('tr', {}, ['#|#', '地区|region', '类型|kind', '期间|period', '结果|outcome', '问题|problems']
          .map((h) => el('th', { scope: 'col' }, label(...h.split('|')))))),
        el('tbody', {}, validation.items.map((item) => el('tr', {
          'data-region': item.regionCode, 'data-from': item.effectiveFrom, 'data-outcome': item.outcome,
        }, el('td', {}, item.index), el('td', {}, item.regionCode ?? '—'), el('td', {}, item.kind ? kindLabel(item.kind) : '—'),
        el('td', {}, (item.effectiveFrom ?? '?') + ' → ' + (item.effectiveTo ?? '')),
        el('td', {}, el('span', { class: 'status ' + item.outcome }, OUTCOMES[item.outcome] + ' ' + item.outcome)),
        el('td', { class: 'problems' }, problemList(item.problems) || '—'))))));
    submit.disabled = !Console.isEditor() || valid.length === 0 || validation.problems.length > 0;
    submit.replaceChildren(...label('提交 ' + valid.length + ' 项为一个变更集', 'submit ' + valid.length + ' as one change set'));
  }

  /** A deploy/data/ policies file is a list of drafts; a change-set request body is {title, items}. */
  function changeSetOf(text, fallbackTitle) {
    const parsed = JSON.parse(text);
    const request = Array.isArray(parsed) ? { items: parsed } : parsed;
    if (!titleInput.value.trim()) titleInput.value = request.title || fallbackTitle;
    return Object.assign({}, request, { title: titleInput.value.trim() });
  }

  async function read(file) {
    outcome.replaceChildren();
    result.replaceChildren();
    submit.disabled = true;
    const fallbackTitle = '导入 ' + file.name;
    const text = await file.text();
    message(messages, '校验中… (checking ' + file.name + ')');
    try {
      if (/\.csv$/i.test(file.name) || !/^\s*[[{]/.test(text)) {
        if (!titleInput.value.trim()) titleInput.value = fallbackTitle;
        checked = (await api('POST', '/import/csv?' + new URLSearchParams({ title: titleInput.value.trim() }),
          text, { 'Content-Type': 'text/csv' })).data;
      } else {
        const request = changeSetOf(text, fallbackTitle);
        checked = { request, validation: (await api('POST', '/v1/change-sets/validate', request)).data };
      }
      message(messages, '已校验 ' + file.name + ' (checked by the server)', checked.validation.valid ? 'ok' : 'error');
      showChecked();
    } catch (e) {
      message(messages, (e instanceof SyntaxError ? 'JSON: ' : '') + e.message, 'error');
    }
  }

  async function submitChangeSet() {
    const items = checked.request.items.filter((item, i) => checked.validation.items[i].outcome !== 'INVALID');
    submit.disabled = true;
    try {
      const created = (await api('POST', '/v1/change-sets', { title: titleInput.value.trim(), items })).data;
      if (!created.id) {
        message(outcome, '全部已发布，无需变更 (' + created.status + ')', 'info');
        return;
      }
      const submitted = (await api('POST', '/v1/change-sets/' + created.id + '/submit')).data;
      const link = '/console/import?changeSet=' + submitted.id;
      outcome.replaceChildren(el('p', { class: 'message ok', id: 'change-set-created', 'data-id': submitted.id, 'data-status': submitted.status },
        '变更集 #' + submitted.id + ' ', statusBadge(submitted.status), '，共 ' + submitted.items.length + ' 个版本。审批人请打开 ',
        el('a', { href: link, id: 'change-set-link' }, location.origin + link), el('span', { class: 'code' }, ' (approver link)')));
    } catch (e) {
      problemsOnSubmit(e);
    }
  }

  function problemsOnSubmit(e) {
    if (e.violations.length) {
      document.getElementById('import-title-error').textContent = e.violations
        .filter((v) => v.field === 'title').map((v) => v.message).join('；');
    }
    outcome.replaceChildren(el('p', { class: 'message error' }, e.message), problemList(e.violations) || '');
  }

  /** ?changeSet=<id>: the change set, its versions (each linked to its page with the diff), approve or reject. */
  async function review(id) {
    const section = document.getElementById('change-set');
    const approve = document.getElementById('change-set-approve');
    const reject = document.getElementById('change-set-reject');
    const status = document.getElementById('change-set-messages');
    section.hidden = false;
    const show = (set) => {
      document.getElementById('change-set-meta').replaceChildren(el('span', { id: 'change-set-status', 'data-status': set.status },
        '#' + set.id + ' ' + set.title + ' · ', statusBadge(set.status), ' · ', label('导入', 'imported by'), ' ' + set.createdBy,
        set.reviewedBy ? [' · ', label('审核', 'reviewed by'), ' ' + set.reviewedBy] : ''));
      document.getElementById('change-set-items').replaceChildren(el('ul', { class: 'plain' }, set.items.map((item) =>
        el('li', {}, el('a', { href: '/console/drafts/' + item.versionId }, item.regionCode + ' ', kindLabel(item.kind),
          ' v' + item.version + '（' + item.effectiveFrom + ' 起）')))));
      let why = '';
      if (set.status !== 'SUBMITTED') why = '状态为 ' + set.status + '，无需审核 (nothing to review)';
      else if (!Console.isApprover()) why = '需要审批人角色 (policy-approver role needed)';
      else if (set.createdBy === Console.operator()) why = '不能批准自己导入的变更集（四眼原则） (four-eyes: you imported this change set)';
      approve.disabled = why !== '';
      reject.disabled = why !== '';
      const note = document.getElementById('change-set-why');
      note.hidden = why === '';
      note.textContent = why;
    };
    const act = async (action, body) => {
      try {
        show((await api('POST', '/v1/change-sets/' + id + '/' + action, body)).data);
        message(status, action === 'approve' ? '已批准发布 (approved and published)' : '已驳回 (rejected)', 'ok');
      } catch (e) {
        message(status, e.message, 'error');
      }
    };
    approve.addEventListener('click', () => act('approve'));
    reject.addEventListener('click', () => {
      const reason = document.getElementById('change-set-reason').value.trim();
      document.getElementById('change-set-reason-error').textContent = reason ? '' : '请填写驳回理由 (a reason is required)';
      if (reason) act('reject', { reason });
    });
    show((await api('GET', '/v1/change-sets/' + id)).data);
  }

  fileInput.addEventListener('change', () => {
    if (fileInput.files.length) read(fileInput.files[0]);
  });
  const dropZone = document.getElementById('drop-zone');
  dropZone.addEventListener('dragover', (event) => event.preventDefault());
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    if (event.dataTransfer.files.length) read(event.dataTransfer.files[0]);
  });
  submit.addEventListener('click', submitChangeSet);
  const changeSet = new URLSearchParams(location.search).get('changeSet');
  if (changeSet) review(changeSet).catch((e) => message(messages, e.message, 'error'));
})();
