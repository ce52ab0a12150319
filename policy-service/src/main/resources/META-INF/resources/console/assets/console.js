'use strict';
/* Shared by every console page: calls to /console/api (same origin, cookie session, CSRF header on writes),
   labels, and small DOM helpers. Plain JavaScript, no build step. */
const Console = (() => {
  const API = '/console/api';
  const csrfMeta = document.querySelector('meta[name="csrf-token"]');
  const csrf = csrfMeta ? csrfMeta.content : '';

  const KINDS = {
    CONTRIBUTION: '社保缴费', RESIDENT_MEDICAL: '城乡居民医保', MEDICAL_BENEFIT: '医保待遇', PENSION: '养老金',
    GUIDE: '经办指南', CARRY_FORWARD: '暂按上年度规则', INCOME_TAX: '个人所得税', HOUSING_FUND: '住房公积金',
  };
  const STATUSES = {
    IN_FORCE: '现行', PROVISIONAL: '暂按上年度', MISSING: '缺失', ENDING_SOON: '即将到期',
    DRAFT: '草稿', SUBMITTED: '待审核', PUBLISHED: '已发布', REJECTED: '已驳回', WITHDRAWN: '已撤回',
    SCHEDULED: '已排期', ENDED: '已结束',
  };
  const CONFIDENCE = { OFFICIAL: '官方原文', THIRD_PARTY: '第三方', ESTIMATE: '推算' };

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
      this.status = status;
      this.problem = problem || {};
    }
    /** The problem's field errors: [{field, message}] (Bean Validation and domain problems share this shape). */
    get violations() {
      return this.problem.violations || [];
    }
  }

  let beforeSignIn = null;

  /** Runs before an expired session leads to sign-in, so that a page can keep unsaved work. */
  function onSessionExpired(save) {
    beforeSignIn = save;
  }

  function signIn() {
    if (beforeSignIn) {
      beforeSignIn();
    }
    location.assign('/console/sign-in?next=' + encodeURIComponent(location.pathname + location.search));
  }

  async function api(method, path, body, headers) {
    const sent = Object.assign({ Accept: 'application/json' }, headers || {});
    if (method !== 'GET') {
      sent['X-CSRF-Token'] = csrf;
    }
    // a body with its own Content-Type (e.g. text/csv) is sent as it is; any other as JSON
    const raw = sent['Content-Type'] !== undefined;
    if (body !== undefined && !raw) {
      sent['Content-Type'] = 'application/json';
    }
    const response = await fetch(API + path, {
      method, headers: sent, credentials: 'same-origin',
      body: body === undefined || raw ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let data = null;
    if (text) {
      try { data = JSON.parse(text); } catch (e) { data = { detail: text }; }
    }
    if (response.status === 401) {
      signIn();
    }
    if (!response.ok) {
      throw new ApiError(response.status, data);
    }
    return { data, etag: response.headers.get('ETag'), status: response.status };
  }

  /** el('p', {class: 'x'}, 'text', childNode…): attributes starting with "on" become listeners. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
      else if (value === true) node.setAttribute(name, '');
      else node.setAttribute(name, value);
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** A Chinese label with its English code beside it. */
  function label(zh, code) {
    return [zh + ' ', el('span', { class: 'code' }, code)];
  }

  function statusBadge(status) {
    return el('span', { class: 'status ' + status }, (STATUSES[status] || status) + ' ' + status);
  }

  function kindLabel(kind) {
    return label(KINDS[kind] || kind, kind);
  }

  function today() {
    // Asia/Shanghai, like the services' default date.
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  }

  function daysBetween(from, to) {
    return Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
  }

  function message(container, text, kind) {
    container.replaceChildren(el('p', { class: 'message ' + (kind || 'info') }, text));
  }

  document.addEventListener('DOMContentLoaded', () => {
    const signOut = document.getElementById('sign-out');
    if (signOut) {
      signOut.addEventListener('click', async () => {
        await fetch('/console/sign-out', { method: 'POST', headers: { 'X-CSRF-Token': csrf }, credentials: 'same-origin' });
        location.assign('/console/sign-in');
      });
    }
  });

  return {
    api, el, label, statusBadge, kindLabel, today, daysBetween, message, onSessionExpired, ApiError,
    KINDS, STATUSES, CONFIDENCE, csrf,
    operator: () => document.body.dataset.operator,
    isEditor: () => document.body.dataset.editor === 'true',
    isApprover: () => document.body.dataset.approver === 'true',
  };
})();
