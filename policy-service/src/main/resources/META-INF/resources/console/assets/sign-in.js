'use strict';
document.getElementById('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const name = form.elements.name.value.trim();
  const roles = [...form.querySelectorAll('input[name="roles"]:checked')].map((box) => box.value);
  const nameError = document.getElementById('sign-in-name-error');
  const rolesError = document.getElementById('sign-in-roles-error');
  nameError.textContent = '';
  rolesError.textContent = '';
  const response = await fetch('/console/sign-in', {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': Console.csrf },
    body: JSON.stringify({ name, roles }),
  });
  if (response.ok) {
    const next = new URLSearchParams(location.search).get('next');
    location.assign(next && next.startsWith('/console') ? next : '/console');
    return;
  }
  const problem = await response.json().catch(() => ({}));
  for (const violation of problem.violations || []) {
    const target = violation.field.includes('roles') ? rolesError : nameError;
    target.textContent = violation.field + ': ' + violation.message;
  }
  if (!(problem.violations || []).length) {
    nameError.textContent = problem.detail || problem.title || ('HTTP ' + response.status);
  }
});
