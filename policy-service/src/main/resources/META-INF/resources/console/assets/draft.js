'use strict';
/* The draft page: a form per kind generated from the payload it copies (raw JSON as the expert option), the server's
   validation messages beside the fields, the diff against the version it replaces, a what-if preview through
   calc-service, and the review actions. Unsaved work survives an expired session in sessionStorage. */
(() => {
  const { api, el, label, statusBadge, kindLabel, CONFIDENCE } = Console;
  const page = document.getElementById('draft-page');
  const form = document.getElementById('draft-form');
  const messages = document.getElementById('messages');
  const conflict = document.getElementById('conflict');
  const rawToggle = document.getElementById('raw-toggle');
  const rawJson = document.getElementById('raw-json');
  const params = new URLSearchParams(location.search);

  const FIELD_LABELS = {
    effectiveFrom: '生效日期', effectiveTo: '截止日期（不含）', confidence: '可信度', lastReviewed: '最近核对',
    note: '说明与注意事项', documentNumber: '文号', title: '标题', url: '网址', publishedOn: '发布日期',
    quote: '原文摘录', derivation: '推算方法', floor: '缴费基数下限（元）', ceiling: '缴费基数上限（元）',
    employerRate: '单位费率', employeeRate: '个人费率', employeeFixed: '个人定额（元）', employerFixed: '单位定额（元）',
    insurance: '险种', label: '名称', pensionRate: '养老个人账户比例', medicalRate: '医疗个人账户比例',
    scale: '小数位', mode: '舍入方式', appliesTo: '舍入对象',
  };
  const DATE_FIELDS = new Set(['effectiveFrom', 'effectiveTo', 'lastReviewed', 'publishedOn']);
  /** Kinds calc-service can preview a draft of (POST /console/api/preview). */
  const PREVIEWED = new Set(['CONTRIBUTION', 'PENSION', 'MEDICAL_BENEFIT']);

  let version = null;        // the saved version (null while new)
  let etag = null;
  let payload = null;        // the payload the form was generated from
  let draft = null;          // what the form edits: DraftRequest fields
  let base = null;           // the saved version as this tab loaded it (DraftRequest fields): what a 412 compares
  const storageKey = () => 'console-draft:' + (version ? version.id : 'new:' + params.get('regionCode') + ':' + params.get('kind'));

  /** Server paths name map keys and list items in brackets (lines[0], participants[EMPLOYEE]); the form uses dots. */
  const canonical = (path) => path.replace(/^policyOverride/, 'payload').replace(/\[([^\]]+)\]/g, '.$1');
  const fieldId = (path) => 'f-' + canonical(path).replace(/[^A-Za-z0-9_-]/g, '_');

  function field(path, value, opts) {
    const key = path.split('.').pop();
    const id = fieldId(path);
    const type = value === null ? 'null' : typeof value;
    let input;
    if (opts && opts.choices) {
      input = el('select', { id, name: path }, opts.choices.map(([v, text]) => el('option', { value: v }, text)));
      input.value = value || '';
    } else if (key === 'note' || key === 'quote' || key === 'derivation') {
      input = el('textarea', { id, name: path, rows: 2 });
      input.value = value ?? '';
    } else {
      input = el('input', { id, name: path, type: DATE_FIELDS.has(key) ? 'date' : 'text',
        inputmode: type === 'number' ? 'decimal' : null });
      input.value = value ?? '';
    }
    input.dataset.type = type;
    input.setAttribute('aria-describedby', id + '-error');
    const zh = FIELD_LABELS[key] || '';
    return el('div', { class: 'field' },
      el('label', { for: id }, zh ? label(zh, path.replace(/^payload\./, '')) : el('span', { class: 'code' }, path)),
      input, el('p', { class: 'error', id: id + '-error', role: 'alert' }));
  }

  const isLeaf = (value) => value === null || typeof value !== 'object';

  /** A list of flat records (e.g. a CONTRIBUTION's lines: insurance, rates, fixed amounts) as one table. */
  function recordTable(items, path) {
    const columns = [...new Set(items.flatMap((item) => Object.keys(item)))];
    const name = path.replace(/^payload\./, '');
    return el('table', { class: 'data records' },
      el('caption', {}, el('span', { class: 'code' }, name)),
      el('thead', {}, el('tr', {}, columns.map((key) => el('th', { scope: 'col' },
        FIELD_LABELS[key] ? label(FIELD_LABELS[key], key) : el('span', { class: 'code' }, key))))),
      el('tbody', {}, items.map((item, i) => el('tr', {}, columns.map((key) => {
        const cell = field(path + '.' + i + '.' + key, item[key] === undefined ? null : item[key]);
        const input = cell.querySelector('input, select, textarea');
        cell.querySelector('label').remove();
        input.setAttribute('aria-label', (item.label || '') + ' ' + (FIELD_LABELS[key] || '') + ' ' + name + '[' + i + '].' + key);
        return el('td', {}, cell);
      })))));
  }

  /** One labelled input per leaf of the payload, grouped as the JSON nests; lists of flat records as tables. */
  function payloadFields(value, path) {
    if (Array.isArray(value) && value.length && value.every((item) => item !== null && typeof item === 'object'
        && !Array.isArray(item) && Object.values(item).every(isLeaf))) {
      return recordTable(value, path);
    }
    if (value !== null && typeof value === 'object') {
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
      const children = entries.map(([key, child]) => payloadFields(child, path + '.' + key));
      if (path === 'payload') return children;
      const name = path.replace(/^payload\./, '');
      const caption = value.label ? value.label + ' ' : '';
      return el('fieldset', { class: 'group' }, el('legend', {}, caption, el('span', { class: 'code' }, name)), children);
    }
    return field(path, value);
  }

  function render() {
    const isDraft = !version || version.status === 'DRAFT';
    document.getElementById('draft-heading').replaceChildren(
      (!version ? '新草稿 ' : (isDraft ? '草稿 #' : '版本 v' + version.version + ' #') + version.id + ' '),
      el('span', { class: 'code' }, !version ? 'new draft' : isDraft ? 'draft' : 'version'));
    document.getElementById('draft-meta').replaceChildren(el('span', {},
      draft.regionCode + ' · ', kindLabel(draft.kind), ' · ',
      version ? [statusBadge(version.status), ' · ', label('起草', 'author'), ' ' + version.author] : label('未保存', 'not saved')));
    document.getElementById('general-fields').replaceChildren(
      field('effectiveFrom', draft.effectiveFrom), field('effectiveTo', draft.effectiveTo),
      field('confidence', draft.confidence, { choices: Object.entries(CONFIDENCE).map(([c, zh]) => [c, zh + ' ' + c]) }),
      field('lastReviewed', draft.lastReviewed), field('note', draft.note));
    document.getElementById('source-fields').replaceChildren(...['documentNumber', 'title', 'url', 'publishedOn',
      'quote', 'derivation'].map((key) => field('source.' + key, draft.source ? draft.source[key] : null)));
    payload = draft.payload;
    document.getElementById('payload-fields').replaceChildren(...[payloadFields(payload, 'payload')].flat());
    rawJson.value = JSON.stringify(payload, null, 2);
    applyReadOnly();
  }

  function readValue(input) {
    const text = input.value.trim();
    if (text === '') return null;
    if (input.dataset.type === 'number' || (input.dataset.type === 'null' && /^-?\d+(\.\d+)?$/.test(text))) {
      return /^-?\d+(\.\d+)?([eE]-?\d+)?$/.test(text) ? Number(text) : text;
    }
    if (input.dataset.type === 'boolean') return text === 'true';
    return input.value;
  }

  function setPath(target, path, value) {
    const keys = path.split('.');
    let node = target;
    keys.slice(0, -1).forEach((key) => { node = node[key]; });
    node[keys[keys.length - 1]] = value;
  }

  /** The DraftRequest the form holds now. */
  function collect() {
    const request = { regionCode: draft.regionCode, kind: draft.kind, source: {} };
    let editedPayload = JSON.parse(JSON.stringify(payload));
    if (rawToggle.checked) {
      editedPayload = JSON.parse(rawJson.value);
    }
    for (const input of form.querySelectorAll('[name]')) {
      if (input.id === 'raw-json' || input.type === 'checkbox') continue;
      const value = readValue(input);
      if (input.name.startsWith('payload.')) {
        if (!rawToggle.checked) setPath({ payload: editedPayload }, input.name, value);
      } else {
        setPath(request, input.name, value);
      }
    }
    request.payload = editedPayload;
    return request;
  }

  function clearErrors() {
    form.querySelectorAll('.error').forEach((p) => { p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach((i) => i.removeAttribute('aria-invalid'));
  }

  /** Each violation beside its field; those naming no field of the form in the form's own error line. */
  function showViolations(error) {
    const unplaced = [];
    for (const v of error.violations) {
      const input = document.getElementById(fieldId(v.field));
      if (input) {
        document.getElementById(input.id + '-error').textContent = v.message + ' (' + v.field + ')';
        input.setAttribute('aria-invalid', 'true');
      } else if (canonical(v.field).startsWith('payload') && rawToggle.checked) {
        unplaced.push(v.field + ': ' + v.message);
      } else {
        unplaced.push(v.field + ': ' + v.message);
      }
    }
    if (!error.violations.length) unplaced.push(error.message);
    document.getElementById('form-error').textContent = unplaced.join('；');
  }

  function isMine() {
    return version && version.author === Console.operator();
  }

  function applyReadOnly() {
    const editable = Console.isEditor() && (!version || (version.status === 'DRAFT' && isMine()));
    form.querySelectorAll('input, select, textarea, button').forEach((c) => {
      if (c.id !== 'raw-toggle') c.disabled = !editable;
    });
    document.getElementById('submit-draft').disabled = !editable || !version;
    const note = document.getElementById('read-only-note');
    note.hidden = editable;
    if (!editable) {
      note.replaceChildren(el('span', {}, version && version.status === 'DRAFT' && !isMine()
        ? ['只读：此草稿由 ' + version.author + ' 起草。', el('span', { class: 'code' }, 'read-only: drafted by ' + version.author)]
        : ['只读：状态为 ' + (version ? version.status : '') + '。', el('span', { class: 'code' }, 'read-only')]));
    }
    const review = document.getElementById('review');
    review.hidden = !version || version.status !== 'SUBMITTED';
    if (!review.hidden) {
      const approve = document.getElementById('approve');
      const reject = document.getElementById('reject');
      // a version of a change set is approved or rejected with its set, on the set's page
      const set = version.changeSetId;
      const why = set ? '此版本属于变更集 ' + set + '，须整体审批 (part of change set ' + set + ': review the set as a whole)'
        : Console.whyNotApprove(version.author, '批准自己起草的版本', 'you authored this draft');
      approve.disabled = why !== '';
      reject.disabled = Boolean(set) || !Console.isApprover() || isMine();
      document.getElementById('review-why').replaceChildren(el('span', {}, why, set
        ? [' ', el('a', { href: '/console/import?changeSet=' + set }, label('打开变更集', 'open the change set'))] : []));
      approve.title = why;
    }
    const withdrawal = version && Console.withdrawalControls(version, async () => {
      await loadVersion(version.id);
      render();
    });
    document.getElementById('withdrawal').hidden = !withdrawal;
    document.getElementById('withdrawal-controls').replaceChildren(withdrawal || '');
    document.getElementById('preview').hidden = !PREVIEWED.has(draft.kind);
    document.getElementById('diff').hidden = !version;
  }

  /** The DraftRequest fields of a saved version. */
  const requestOf = (saved) => ({
    regionCode: saved.regionCode, kind: saved.kind, effectiveFrom: saved.effectiveFrom,
    effectiveTo: saved.declaredEffectiveTo || saved.effectiveTo || null, confidence: saved.confidence,
    source: saved.source, lastReviewed: saved.lastReviewed || null, note: saved.note || null,
    payload: saved.payload,
  });

  async function loadVersion(id) {
    const answer = await api('GET', '/v1/policies/' + id);
    version = answer.data;
    etag = answer.etag;
    base = requestOf(version);
    draft = requestOf(version);
  }

  function plusYears(date, years) {
    const d = new Date(date + 'T00:00:00Z');
    d.setUTCFullYear(d.getUTCFullYear() + years);
    return d.toISOString().substring(0, 10);
  }

  /** A new draft starts as a copy of the latest published version of the kind. */
  async function startFromLatest() {
    const history = (await api('GET', '/v1/regions/' + params.get('regionCode') + '/policies/'
      + params.get('kind') + '/history')).data;
    const published = history.filter((v) => v.status === 'PUBLISHED');
    const latest = (published.length ? published : history)
      .reduce((a, b) => (a && a.effectiveFrom > b.effectiveFrom ? a : b), null);
    if (!latest) throw new Error('此地区没有可复制的版本 (no version to copy)');
    const from = params.get('effectiveFrom') || latest.effectiveTo || Console.today();
    draft = {
      regionCode: latest.regionCode, kind: latest.kind, effectiveFrom: from,
      effectiveTo: latest.effectiveTo ? plusYears(from, 1) : null, confidence: latest.confidence,
      source: latest.source, lastReviewed: Console.today(), note: latest.note || null, payload: latest.payload,
    };
    messages.replaceChildren(el('p', { class: 'message info' },
      '已复制 v' + latest.version + '（' + latest.effectiveFrom + ' 起）', el('span', { class: 'code' }, ' copied from v' + latest.version)));
  }

  function restoreUnsaved() {
    const saved = sessionStorage.getItem(storageKey());
    if (!saved) return;
    sessionStorage.removeItem(storageKey());
    draft = JSON.parse(saved);
    messages.replaceChildren(el('p', { class: 'message info', id: 'restored' }, '已恢复登录前未保存的修改，请检查后保存 ',
      el('span', { class: 'code' }, 'restored your unsaved changes from before sign-in; check and save')));
  }

  Console.onSessionExpired(() => {
    try {
      sessionStorage.setItem(storageKey(), JSON.stringify(collect()));
    } catch (e) { /* the form cannot be read (raw JSON broken): nothing to keep */ }
  });

  /** The request the form states, or null (the raw JSON's parse error shown beside it). */
  function collectOrShowError() {
    try {
      return collect();
    } catch (e) {
      document.getElementById('raw-json-error').textContent = 'JSON: ' + e.message;
      return null;
    }
  }

  async function save() {
    clearErrors();
    messages.replaceChildren();
    conflict.hidden = true;
    const request = collectOrShowError();
    if (!request) {
      return;
    }
    try {
      const answer = version
        ? await api('PUT', '/v1/policies/' + version.id, request, { 'If-Match': etag })
        : await api('POST', '/v1/policies', request);
      const isNew = !version;
      version = answer.data;
      etag = answer.etag;
      if (isNew) history.replaceState(null, '', '/console/drafts/' + version.id);
      await loadVersion(version.id);
      render();
      Console.message(messages, '已保存 (saved) #' + version.id, 'ok');
      await showDiff();
    } catch (e) {
      if (e.status === 412) {
        await showConflict(request);
      } else if (e.status === 400 || e.status === 422) {
        showViolations(e);
        Console.message(messages, '未保存：请修正标出的字段 (not saved: see the fields marked)', 'error');
      } else {
        Console.message(messages, e.message, 'error');
      }
    }
  }

  /** Leaves where any of the objects differ: [path, value in each]. */
  function differences(objects, path, found) {
    if (objects.every((o) => o !== null && typeof o === 'object')) {
      new Set(objects.flatMap(Object.keys)).forEach((key) =>
        differences(objects.map((o) => o[key]), path ? path + '.' + key : key, found));
    } else if (new Set(objects.map((o) => JSON.stringify(o ?? null))).size > 1) {
      found.push([path, ...objects]);
    }
    return found;
  }

  const shown = (value) => JSON.stringify(value ?? null);

  /**
   * 412: another tab saved in between. Shows, per field that changed, what this tab started from, what is saved now
   * (the other tab's change) and this tab's value; reload the saved version, or re-apply this tab's changes onto it.
   */
  async function showConflict(mine) {
    const answer = await api('GET', '/v1/policies/' + version.id);
    const theirs = requestOf(answer.data);
    const rows = differences([base, theirs, mine], '', []);
    conflict.hidden = false;
    conflict.replaceChildren(
      el('p', {}, '冲突：此草稿已在另一标签页被修改（412），未保存。 ',
        el('span', { class: 'code' }, 'conflict: saved elsewhere since this tab loaded it (412); not saved')),
      el('table', { class: 'data', id: 'conflict-table' },
        el('thead', {}, el('tr', {}, ['字段|field', '本页开始时|this tab started from', '已保存（另一标签页）|saved (other tab)',
          '本页|this tab'].map((h) => el('th', { scope: 'col' }, label(...h.split('|')))))),
        el('tbody', {}, rows.map(([path, started, saved, here]) => el('tr', {
          'data-path': path, 'data-changed': [shown(saved) !== shown(started) ? 'theirs' : '',
            shown(here) !== shown(started) ? 'mine' : ''].join(' ').trim() },
        el('td', { class: 'code' }, path), el('td', {}, shown(started)), el('td', {}, shown(saved)),
        el('td', {}, shown(here)))))),
      el('div', { class: 'actions' },
        el('button', { type: 'button', id: 'load-theirs', onclick: async () => {
          await loadVersion(version.id);
          render();
          conflict.hidden = true;
        } }, label('载入已保存的版本', 'reload the saved version')),
        el('button', { type: 'button', id: 'reapply', onclick: () => {
          // the saved version with this tab's own changes on top; saved when the operator saves again
          const merged = JSON.parse(JSON.stringify(theirs));
          rows.filter(([, started, , here]) => shown(here) !== shown(started))
            .forEach(([path, , , here]) => setPath(merged, path, here ?? null));
          version = answer.data;
          etag = answer.etag;
          base = theirs;
          draft = merged;
          render();
          conflict.hidden = true;
          Console.message(messages, '已在已保存的版本上重新应用本页修改，请检查后保存 (re-applied your changes onto the saved version; check and save)', 'info');
        } }, label('在其上重新应用本页修改', 're-apply my changes'))));
  }

  async function transition(action, body) {
    clearErrors();
    try {
      const answer = await api('POST', '/v1/policies/' + version.id + '/' + action, body,
        action === 'reject' ? {} : { 'If-Match': etag });
      version = answer.data;
      etag = answer.etag;
      await loadVersion(version.id);
      render();
      return true;
    } catch (e) {
      if (e.violations.length) showViolations(e);
      Console.message(messages, e.message, 'error');
      return false;
    }
  }

  /** After approval: wait until calc-service holds the published revision, and say how long it took. */
  async function awaitCalcService(revision) {
    const started = performance.now();
    const status = document.getElementById('calc-wait');
    status.textContent = '等待计算服务采用修订 ' + revision + '… (waiting for calc-service)';
    for (;;) {
      try {
        const state = (await api('GET', '/calc-state?' + new URLSearchParams({ regionCode: version.regionCode, kind: version.kind }))).data;
        if (state.revision !== null && state.revision >= revision) {
          const ms = Math.round(performance.now() - started);
          status.replaceChildren(el('p', { class: 'message ok', id: 'calc-live', 'data-revision': state.revision, 'data-ms': ms },
            '计算服务已采用修订 ' + state.revision + '，用时 ' + ms + ' 毫秒 ',
            el('span', { class: 'code' }, 'calc-service answers with revision ' + state.revision + ' after ' + ms + ' ms')));
          return;
        }
      } catch (e) {
        status.textContent = '计算服务不可用，重试中 (calc-service unavailable, retrying): ' + e.message;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  async function showDiff() {
    if (!version) return;
    const result = document.getElementById('diff-result');
    const history = (await api('GET', '/v1/regions/' + version.regionCode + '/policies/' + version.kind + '/history')).data;
    const replaced = history.filter((v) => v.status === 'PUBLISHED' && v.id !== version.id
      && v.effectiveFrom <= version.effectiveFrom).reduce((a, b) => (a && a.effectiveFrom > b.effectiveFrom ? a : b), null);
    if (!replaced) {
      result.replaceChildren(el('p', {}, '没有被替代的版本 (replaces no version)'));
      return;
    }
    const diff = (await api('GET', '/v1/policies/' + version.id + '/diff?against=' + replaced.id)).data;
    result.replaceChildren(
      el('p', {}, '对比 v' + replaced.version + '（' + replaced.effectiveFrom + ' 起） ', el('span', { class: 'code' }, 'against v' + replaced.version)),
      el('table', { class: 'data', id: 'diff-table' },
        el('thead', {}, el('tr', {}, ['字段|path', '原值|before', '新值|after'].map((h) => el('th', { scope: 'col' }, label(...h.split('|')))))),
        el('tbody', {}, diff.changes.map((c) => el('tr', {}, el('td', { class: 'code' }, c.path),
          el('td', {}, c.before === undefined ? '—' : JSON.stringify(c.before)),
          el('td', {}, c.after === undefined ? '—' : JSON.stringify(c.after)))))));
  }

  /** The figures of one answer; an unknown one says why (calc-service's unknown[] and its caveat), never 0. */
  function figureCells(outcome, figures) {
    if (outcome.status !== 200) {
      const problem = outcome.body || {};
      return [el('td', { colspan: figures.length, class: 'problem' }, (problem.title || 'HTTP ' + outcome.status) + ': ' + (problem.detail || ''))];
    }
    const answer = outcome.body;
    return figures.map((figure) => {
      const value = figure.field.split('.').reduce((node, key) => (node == null ? node : node[key]), answer.result);
      if (value !== null && value !== undefined) return el('td', {}, String(value));
      const unknown = (answer.unknown || []).find((u) => u.field === figure.field);
      if (!unknown) return el('td', { class: 'na' }, '— 不适用 n/a');
      const said = [...(answer.caveats || []), ...(answer.warnings || [])].find((c) => c.code === unknown.reason);
      return el('td', { class: 'unknown' }, '— 未知 unknown', el('span', { class: 'code' }, ' ' + unknown.reason),
        said ? el('span', { class: 'why' }, '：' + said.zh) : '');
    });
  }

  async function preview() {
    const result = document.getElementById('preview-result');
    clearErrors();
    const request = collectOrShowError();
    if (!request) {
      return;
    }
    result.replaceChildren(el('p', {}, '计算中… (computing)'));
    try {
      const view = (await api('POST', '/preview', {
        regionCode: request.regionCode, kind: request.kind, month: document.getElementById('preview-month').value,
        payload: request.payload,
      })).data;
      const errors = view.samples.flatMap((s) => (s.draft.status === 400 && s.draft.body.violations) || []);
      if (errors.length) showViolations({ violations: errors, message: '' });
      const withWage = view.samples.some((s) => s.wage !== null);
      const figureHeads = () => view.figures.map((f) => el('th', { scope: 'col' }, label(...f.label.split('|'))));
      result.replaceChildren(el('table', { class: 'data', id: 'preview-table', 'data-kind': view.kind },
        el('caption', {}, view.regionCode + ' ' + view.month + ' ', kindLabel(view.kind)),
        el('thead', {},
          el('tr', {}, el('th', { scope: 'col', rowspan: 2 }, label('样本', 'sample')),
            withWage ? el('th', { scope: 'col', rowspan: 2 }, label('工资', 'wage')) : null,
            el('th', { scope: 'colgroup', colspan: view.figures.length }, label('草稿', 'draft')),
            el('th', { scope: 'colgroup', colspan: view.figures.length }, label('已发布', 'published'))),
          el('tr', {}, figureHeads(), figureHeads())),
        el('tbody', {}, view.samples.map((s) => el('tr', { 'data-sample': s.code },
          el('th', { scope: 'row' }, s.label + ' ', el('span', { class: 'code' }, s.code)),
          withWage ? el('td', {}, s.wage) : null,
          figureCells(s.draft, view.figures), figureCells(s.published, view.figures))))));
    } catch (e) {
      Console.message(result, e.status === 503
        ? '试算服务不可用，稍后再试 (calc-service unavailable): ' + e.message : e.message, 'error');
    }
  }

  rawToggle.addEventListener('change', () => {
    if (rawToggle.checked) {
      rawJson.value = JSON.stringify(collect().payload, null, 2);
    } else {
      try {
        draft = Object.assign(collect(), {});
        draft.payload = JSON.parse(rawJson.value);
      } catch (e) {
        rawToggle.checked = true;
        document.getElementById('raw-json-error').textContent = 'JSON: ' + e.message;
        return;
      }
      render();
    }
    document.getElementById('payload-fields').hidden = rawToggle.checked;
    document.getElementById('raw-field').hidden = !rawToggle.checked;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  document.getElementById('submit-draft').addEventListener('click', async () => {
    if (await transition('submit')) Console.message(messages, '已提交审核 (submitted)', 'ok');
  });
  document.getElementById('approve').addEventListener('click', async () => {
    if (await transition('approve')) {
      Console.message(messages, '已批准发布 (approved and published), 修订 revision ' + version.publishedRevision, 'ok');
      document.getElementById('review').hidden = false;
      document.getElementById('approve').disabled = true;
      document.getElementById('reject').disabled = true;
      await awaitCalcService(version.publishedRevision);
    }
  });
  document.getElementById('reject').addEventListener('click', async () => {
    const reason = document.getElementById('reject-reason');
    if (!reason.value.trim()) {
      document.getElementById('reject-reason-error').textContent = '请填写驳回理由 (a reason is required)';
      return;
    }
    if (await transition('reject', { reason: reason.value.trim() })) Console.message(messages, '已驳回 (rejected)', 'ok');
  });
  document.getElementById('preview-form').addEventListener('submit', (event) => {
    event.preventDefault();
    preview();
  });

  (async () => {
    try {
      if (page.dataset.draftId) await loadVersion(page.dataset.draftId);
      else await startFromLatest();
      restoreUnsaved();
      document.getElementById('preview-month').value = (draft.effectiveFrom || Console.today()).substring(0, 7);
      render();
      await showDiff();
    } catch (e) {
      Console.message(messages, e.message, 'error');
    }
  })();
})();
