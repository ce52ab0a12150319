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

  /** Reloads the page: the server leads to whichever sign-in this deployment has (local page or OIDC issuer). */
  function signIn() {
    if (beforeSignIn) {
      beforeSignIn();
    }
    location.assign(location.pathname + location.search);
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
    // 401: not signed in; 499: the OIDC session ended and needs the issuer again (quarkus-oidc's answer to scripts)
    if (response.status === 401 || response.status === 499) {
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

  const operator = () => document.body.dataset.operator;
  const isEditor = () => document.body.dataset.editor === 'true';
  const isApprover = () => document.body.dataset.approver === 'true';

  /** Why this operator may not take an approver's step on what `person` did (four-eyes), or '' when they may. */
  function whyNotApprove(person, zhWhat, enWhat) {
    if (!isApprover()) return '需要审批人角色 (policy-approver role needed)';
    if (person === operator()) return '不能' + zhWhat + '（四眼原则） (four-eyes: ' + enWhat + ')';
    return '';
  }

  /**
   * Withdrawal of a published version that has not yet taken effect (timeline and version page): request it with a
   * reason; another approver confirms it. `changed` gets the version as the API answers after a step.
   */
  function withdrawalControls(version, changed) {
    const request = version.withdrawalRequest;
    if (version.status === 'WITHDRAWN' && request) {
      return el('span', { class: 'withdrawal', 'data-withdrawal': 'done' }, '已撤回：' + request.reason + '（'
        + request.requestedBy + ' 申请，' + request.confirmedBy + ' 确认） ', el('span', { class: 'code' }, 'withdrawn'));
    }
    if (version.status !== 'PUBLISHED' || version.effectiveFrom <= today() || !(isEditor() || isApprover())) {
      return null;
    }
    const id = 'withdrawal-' + version.id;
    const problem = el('p', { class: 'error', id: id + '-error', role: 'alert' });
    const step = async (action, body) => {
      try {
        changed((await api('POST', '/v1/policies/' + version.id + '/' + action, body)).data);
      } catch (e) {
        problem.textContent = e.message;
      }
    };
    if (!request) {
      const reason = el('input', { type: 'text', id: id + '-reason', 'aria-describedby': id + '-error' });
      return el('div', { class: 'withdrawal', 'data-withdrawal': 'none' },
        el('label', { for: reason.id }, label('撤回理由', 'reason')), ' ', reason, ' ',
        el('button', { type: 'button', class: 'request-withdrawal', onclick: () => (reason.value.trim()
          ? step('withdrawal-request', { reason: reason.value.trim() })
          : (problem.textContent = '请填写撤回理由 (a reason is required)')) }, label('申请撤回', 'request withdrawal')),
        problem);
    }
    const why = whyNotApprove(request.requestedBy, '确认自己申请的撤回', 'you requested this withdrawal');
    return el('div', { class: 'withdrawal', 'data-withdrawal': 'requested' },
      el('p', {}, '撤回申请：' + request.requestedBy + '，理由：' + request.reason + ' ',
        el('span', { class: 'code' }, 'withdrawal requested by ' + request.requestedBy)),
      el('button', { type: 'button', class: 'confirm-withdrawal', disabled: why !== '', title: why || null,
        'aria-describedby': why ? id + '-why' : null, onclick: () => step('withdraw') }, label('确认撤回', 'confirm withdrawal')),
      why ? [' ', el('span', { class: 'note', id: id + '-why' }, why)] : null, problem);
  }

  document.addEventListener('DOMContentLoaded', () => {
    const signOut = document.getElementById('sign-out');
    if (signOut) {
      signOut.addEventListener('click', async () => {
        await fetch('/console/sign-out', { method: 'POST', headers: { 'X-CSRF-Token': csrf }, credentials: 'same-origin' });
        location.assign('/console/signed-out');
      });
    }
  });

  return {
    api, el, label, statusBadge, kindLabel, today, daysBetween, message, onSessionExpired, ApiError,
    KINDS, STATUSES, CONFIDENCE, csrf, operator, isEditor, isApprover, whyNotApprove, withdrawalControls,
  };
})();
