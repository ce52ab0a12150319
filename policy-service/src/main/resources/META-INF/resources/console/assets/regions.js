'use strict';
/* Region search, and per region the timeline of versions per kind: in force, scheduled, ended, drafts, submitted,
   rejected, withdrawn — with source, confidence and caveats, the withdrawal of scheduled versions, and a link to
   the region's audit history. */
(() => {
  const { api, el, label, statusBadge, kindLabel, KINDS, CONFIDENCE } = Console;
  const form = document.getElementById('region-search');
  const results = document.getElementById('region-results');
  const timeline = document.getElementById('timeline');

  /** A published version's place in time, today (Asia/Shanghai). */
  function lifeStatus(version, today) {
    if (version.status !== 'PUBLISHED') return version.status;
    if (version.effectiveFrom > today) return 'SCHEDULED';
    if (version.effectiveTo && version.effectiveTo <= today) return 'ENDED';
    return 'IN_FORCE';
  }

  async function search(q) {
    const found = (await api('GET', '/v1/regions?' + new URLSearchParams({ q, size: '50' }))).data;
    results.replaceChildren(...found.items.map((region) => el('li', {},
      el('a', { href: '?code=' + region.code, 'data-code': region.code, onclick: (event) => {
        event.preventDefault();
        history.replaceState(null, '', '?code=' + region.code);
        show(region);
      } }, region.name + ' ', el('span', { class: 'code' }, region.code + ' ' + region.level)))));
    if (!found.items.length) results.replaceChildren(el('li', {}, '无结果 (no match)'));
  }

  async function show(region) {
    timeline.replaceChildren(el('p', {}, '加载中… (loading)'));
    const today = Console.today();
    const sections = [el('h3', {}, region.name + ' ', el('span', { class: 'code' }, region.code), ' · ',
      el('a', { href: '/console/audit?' + new URLSearchParams({ regionCode: region.code }), id: 'region-audit' },
        label('审计记录', 'audit')))];
    const histories = await Promise.all(Object.keys(KINDS).map(async (kind) =>
      [kind, (await api('GET', '/v1/regions/' + region.code + '/policies/' + kind + '/history')).data]));
    for (const [kind, versions] of histories) {
      const newDraft = '/console/drafts/new?' + new URLSearchParams({ regionCode: region.code, kind });
      if (!versions.length) continue;
      sections.push(el('section', { class: 'kind', 'data-kind': kind },
        el('h4', {}, kindLabel(kind),
          Console.isEditor() ? [' ', el('a', { href: newDraft, class: 'new-draft' }, label('新建草稿', 'new draft'))] : null),
        el('table', { class: 'data' },
          el('thead', {}, el('tr', {}, ['版本|version', '状态|status', '生效|from', '截止|to', '可信度|confidence',
            '来源|source', '说明|caveats', '起草|author', '撤回|withdrawal'].map((h) => el('th', { scope: 'col' }, label(...h.split('|')))))),
          el('tbody', {}, versions.slice().reverse().map((v) => el('tr', { 'data-id': v.id, 'data-status': v.status },
            el('td', {}, el('a', { href: '/console/drafts/' + v.id },
              v.status === 'PUBLISHED' || v.status === 'WITHDRAWN' ? 'v' + v.version : '#' + v.id)),
            el('td', {}, statusBadge(lifeStatus(v, today))),
            el('td', {}, v.effectiveFrom),
            el('td', {}, v.effectiveTo || '—'),
            el('td', {}, (CONFIDENCE[v.confidence] || '') + ' ', el('span', { class: 'code' }, v.confidence)),
            el('td', {}, v.source ? [el('a', { href: v.source.url, rel: 'noreferrer' }, v.source.title),
              v.source.documentNumber ? ' ' + v.source.documentNumber : ''] : '—'),
            el('td', { class: 'caveat' }, v.note || ''),
            el('td', {}, v.author || ''),
            el('td', {}, Console.withdrawalControls(v, () => show(region)))))))));
    }
    if (sections.length === 1) sections.push(el('p', {}, '此地区没有自己的版本 (no versions of its own).'));
    timeline.replaceChildren(...sections);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search(form.elements.q.value.trim());
  });
  const code = new URLSearchParams(location.search).get('code');
  if (code) {
    form.elements.q.value = code;
    search(code);
    api('GET', '/v1/regions/' + code).then(({ data }) => show(data));
  }
})();
