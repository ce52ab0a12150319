'use strict';
/* The audit log, newest first, per operator and per object (GET /api/v1/audit). */
(() => {
  const { api, el, label } = Console;
  const form = document.getElementById('audit-form');
  const result = document.getElementById('audit-result');

  async function show() {
    const query = new URLSearchParams({ size: '100' });
    for (const name of ['actor', 'entityType', 'entityId']) {
      if (form.elements[name].value.trim()) query.set(name, form.elements[name].value.trim());
    }
    try {
      const page = (await api('GET', '/v1/audit?' + query)).data;
      result.replaceChildren(el('table', { class: 'data' },
        el('caption', {}, label('共 ' + page.total + ' 条', page.total + ' entries')),
        el('thead', {}, el('tr', {}, Object.keys(page.items[0] || { at: 1, actor: 1, action: 1 })
          .map((key) => el('th', { scope: 'col' }, key)))),
        el('tbody', {}, page.items.map((entry) => el('tr', {}, Object.values(entry).map((value) =>
          el('td', {}, value !== null && typeof value === 'object' ? JSON.stringify(value) : (value ?? '')))))));
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
