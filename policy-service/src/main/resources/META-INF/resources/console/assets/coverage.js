'use strict';
/* Coverage for a date: per region with versions of its own and per kind, in force / ending soon / provisional /
   missing (GET /api/v1/coverage). Ending soon: in force, ending within 60 days of the date. */
(() => {
  const { api, el, label, statusBadge, kindLabel, KINDS } = Console;
  const ENDING_SOON_DAYS = 60;
  const form = document.getElementById('coverage-form');
  const result = document.getElementById('coverage-result');
  const params = new URLSearchParams(location.search);

  const kindSelect = form.elements.kind;
  for (const [kind, zh] of Object.entries(KINDS)) {
    kindSelect.append(el('option', { value: kind }, zh + ' ' + kind));
  }
  form.elements.date.value = params.get('date') || Console.today();
  kindSelect.value = params.get('kind') || '';
  form.elements.region.value = params.get('region') || '';

  function statusOn(date, kind) {
    if (kind.status === 'IN_FORCE' && kind.effectiveTo
        && Console.daysBetween(date, kind.effectiveTo) <= ENDING_SOON_DAYS) {
      return 'ENDING_SOON';
    }
    return kind.status;
  }

  let shown = 0;

  async function show() {
    const request = ++shown;
    const date = form.elements.date.value;
    const kind = kindSelect.value;
    const filter = form.elements.region.value.trim();
    history.replaceState(null, '', '?' + new URLSearchParams({ date, kind, region: filter }));
    result.replaceChildren(el('p', {}, '加载中… (loading)'));
    const query = new URLSearchParams({ date });
    if (kind) query.set('kind', kind);
    let report;
    try {
      report = (await api('GET', '/v1/coverage?' + query)).data;
    } catch (e) {
      Console.message(result, e.message, 'error');
      return;
    }
    if (request !== shown) return; // a later request is under way: its answer is the one to show
    const rows = [];
    for (const region of report.regions) {
      if (filter && !region.regionCode.includes(filter) && !region.name.includes(filter)) continue;
      for (const served of region.kinds) {
        const status = statusOn(report.date, served);
        const newDraft = '/console/drafts/new?' + new URLSearchParams({
          regionCode: region.regionCode, kind: served.kind, effectiveFrom: report.date });
        rows.push(el('tr', { 'data-region': region.regionCode, 'data-kind': served.kind, 'data-status': status },
          el('th', { scope: 'row' }, region.name + ' ', el('span', { class: 'code' }, region.regionCode)),
          el('td', {}, kindLabel(served.kind)),
          el('td', {}, statusBadge(status)),
          el('td', {}, served.version === null ? '—' : 'v' + served.version),
          el('td', {}, served.effectiveFrom || '—'),
          el('td', {}, served.effectiveTo || '—'),
          el('td', {}, served.carriedForwardUntil || '—'),
          el('td', {},
            el('a', { href: '/console/regions?code=' + region.regionCode }, label('版本', 'versions')),
            Console.isEditor() && status !== 'IN_FORCE'
              ? [' · ', el('a', { href: newDraft, class: 'new-draft' }, label('新建草稿', 'new draft'))] : null)));
      }
    }
    const counts = {};
    rows.forEach((row) => { counts[row.dataset.status] = (counts[row.dataset.status] || 0) + 1; });
    result.replaceChildren(
      el('p', { class: 'summary' }, report.date + '：',
        Object.entries(counts).map(([status, n]) => [statusBadge(status), ' ' + n + '  '])),
      el('table', { class: 'data', id: 'coverage-table', 'data-date': report.date, 'data-kind': kind },
        el('caption', {}, label('各地区覆盖情况 ' + report.date, 'coverage by region and kind')),
        el('thead', {}, el('tr', {},
          ['地区|region', '种类|kind', '状态|status', '版本|version', '生效|from', '截止|to', '暂按至|carried until',
            '操作|actions']
            .map((h) => el('th', { scope: 'col' }, label(...h.split('|')))))),
        el('tbody', {}, rows)));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  show();
})();
