'use strict';
/* The audit log, newest first, per operator, per object and per region (GET /api/v1/audit); the filters are the
   page's query, so the region timeline links to its region's history. */
(() => {
  const { api, el, label } = Console;
  const form = document.getElementById('audit-form');
  const result = document.getElementById('audit-result');
  const FILTERS = ['actor', 'entityType', 'entityId', 'regionCode'];
  const COLUMNS = ['时间|at', '操作员|operator', '动作|action', '对象|entity', '之前|before', '之后|after', '说明|detail'];

  const params = new URLSearchParams(location.search);
  FILTERS.forEach((name) => { form.elements[name].value = params.get(name) || ''; });

  /** A whole version as before/after would fill the screen: its start, the rest in the cell's tooltip. */
  const abridged = (json) => (json.length <= 120 ? json : el('span', { title: json }, json.substring(0, 120) + '…'));

  async function show() {
    const filters = new URLSearchParams();
    for (const name of FILTERS) {
      if (form.elements[name].value.trim()) filters.set(name, form.elements[name].value.trim());
    }
    history.replaceState(null, '', '?' + filters);
    try {
      const page = (await api('GET', '/v1/audit?' + filters + '&size=100')).data;
      const cell = (value) => el('td', {}, value !== null && typeof value === 'object' ? abridged(JSON.stringify(value)) : (value ?? ''));
      result.replaceChildren(el('table', { class: 'data', id: 'audit-table', 'data-query': String(filters) },
        el('caption', {}, label('共 ' + page.total + ' 条', page.total + ' entries')),
        el('thead', {}, el('tr', {}, COLUMNS.map((h) => el('th', { scope: 'col' }, label(...h.split('|')))))),
        el('tbody', {}, page.items.map((entry) => el('tr', {
          'data-actor': entry.actor, 'data-action': entry.action, 'data-entity': entry.entityType + '/' + entry.entityId,
        }, cell(entry.occurredAt), cell(entry.actor), cell(entry.action), cell(entry.entityType + ' ' + entry.entityId),
        cell(entry.before), cell(entry.after), cell(entry.detail))))));
    } catch (e) {
      Console.message(result, e.message, 'error');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  show();
})();
