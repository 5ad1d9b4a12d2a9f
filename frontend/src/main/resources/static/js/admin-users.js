// Users and roles (administrators): create users, change their role, parks, enterprise and whether they
// may sign in, reset a password to a one-time password, lift sign-in locks.
import { api, query } from './api.js';
import { $, h } from './dom.js';
import { pageHeader } from './header.js';
import { say, sayFailure } from './status.js';

const ROLES = { ADMIN: '管理员 Administrator', STAFF: '招商人员 Staff', PARK_MANAGER: '园区管理员 Park manager', ENTERPRISE: '企业 Enterprise' };
const PAGE_SIZE = 50;
const header = pageHeader({ page: 'users', name: 'page.users' });
let page = 0;
let editing = null;
let enterpriseIds = {};

const day = (instant) => (instant ? instant.replace('T', ' ').slice(0, 16) : '—');
const selected = (select) => [...select.selectedOptions].map((o) => o.value);

async function start() {
  const user = await header.signedInUser();
  if (!user) return;
  if (user.role !== 'ADMIN') { say('只有管理员可以管理用户 · Only administrators manage users', true); return; }
  const parks = (await api('/api/parks')).data;
  for (const select of [$('new-parks'), $('edit-parks')]) {
    select.replaceChildren(...parks.map((p) => h('option', { value: p.code, textContent: `${p.code} ${p.name}` })));
  }
  $('create-form').addEventListener('submit', create);
  $('new-role').addEventListener('change', () => showScope('new'));
  $('edit-role').addEventListener('change', () => showScope('edit'));
  $('new-enterprise').addEventListener('input', (e) => suggestEnterprises(e.target.value));
  $('edit-enterprise').addEventListener('input', (e) => suggestEnterprises(e.target.value));
  $('q').addEventListener('input', () => { page = 0; showUsers(); });
  $('f-role').addEventListener('change', () => { page = 0; showUsers(); });
  $('prev').addEventListener('click', () => { if (page > 0) { page -= 1; showUsers(); } });
  $('next').addEventListener('click', () => { page += 1; showUsers(); });
  $('edit-form').addEventListener('submit', saveEdit);
  $('edit-cancel').addEventListener('click', () => $('edit-dialog').close());
  showScope('new');
  await Promise.all([showUsers(), showLocks()]);
}

/** Parks for park managers, an enterprise for enterprise accounts; nothing for the others. */
function showScope(prefix) {
  const role = $(`${prefix}-role`).value;
  $(`${prefix}-parks`).disabled = role !== 'PARK_MANAGER';
  $(`${prefix}-enterprise`).disabled = role !== 'ENTERPRISE';
}

let suggestTimer;
function suggestEnterprises(text) {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(async () => {
    if (text.trim().length < 2) return;
    const { data } = await api(`/api/enterprises${query({ q: text.trim(), limit: 20 })}`);
    enterpriseIds = { ...enterpriseIds, ...Object.fromEntries(data.map((e) => [e.name, e.id])) };
    $('enterprise-options').replaceChildren(...data.map((e) => h('option', { value: e.name, textContent: e.creditCode ?? '' })));
  }, 250);
}

function enterpriseOf(input) {
  const name = input.value.trim();
  if (input.disabled || !name) return null;
  return enterpriseIds[name] ?? -1;
}

async function create(event) {
  event.preventDefault();
  const form = $('create-form');
  const role = form.role.value;
  const body = {
    username: form.username.value.trim(),
    displayName: form.displayName.value.trim() || null,
    email: form.email.value.trim() || null,
    role,
    parks: role === 'PARK_MANAGER' ? selected(form.parks) : [],
    enterpriseId: role === 'ENTERPRISE' ? enterpriseOf(form.enterprise) : null,
    password: form.password.value,
    changeAtFirstSignIn: form.changeAtFirstSignIn.checked,
  };
  try {
    const { data } = await api('/api/admin/users', { method: 'POST', body });
    say(`已创建用户 ${data.username} · Created user ${data.username}`);
    form.username.value = '';
    form.displayName.value = '';
    form.email.value = '';
    form.password.value = '';
    await showUsers();
  } catch (e) {
    sayFailure(e);
  }
}

async function showUsers() {
  const { data } = await api(`/api/admin/users${query({ q: $('q').value.trim(), role: $('f-role').value, page, size: PAGE_SIZE })}`);
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  $('page-info').textContent = `第 ${page + 1} / ${pages} 页，共 ${data.total} 个用户 · Page ${page + 1} of ${pages}, ${data.total} users`;
  $('prev').disabled = page === 0;
  $('next').disabled = page + 1 >= pages;
  $('users').tBodies[0].replaceChildren(...data.items.map(userRow));
}

function userRow(u) {
  const state = [
    u.enabled ? null : h('span', { className: 'badge-off', textContent: '已停用 Disabled ' }),
    u.lockedUntil ? h('span', { className: 'badge-lock', textContent: `锁定至 Locked until ${day(u.lockedUntil)} ` }) : null,
    u.passwordState === 'SET' ? null : h('span', { className: 'hint', textContent: u.passwordState === 'ONE_TIME' ? '一次性密码 One-time password ' : '首次登录须改密码 Change at sign-in ' }),
    u.verified ? null : h('span', { className: 'badge-lock', textContent: '待审核 Unverified' }),
  ];
  return h('tr', { className: u.enabled ? '' : 'disabled', dataset: { username: u.username } },
    h('td', { textContent: u.username }),
    h('td', { textContent: u.displayName ?? '' }),
    h('td', { textContent: ROLES[u.role] }),
    h('td', { textContent: u.role === 'ENTERPRISE' ? (u.enterpriseName ?? '') : u.parks.join(', ') }),
    h('td', {}, state.some(Boolean) ? state : '正常 Active'),
    h('td', { textContent: day(u.lastSignInAt) }),
    h('td', { className: 'actions' },
      h('button', { type: 'button', className: 'edit', textContent: '修改 Edit', onclick: () => openEdit(u) }),
      h('button', { type: 'button', className: 'toggle', textContent: u.enabled ? '停用 Disable' : '启用 Enable', onclick: () => setEnabled(u, !u.enabled) }),
      h('button', { type: 'button', className: 'reset', textContent: '重置密码 Reset password', onclick: () => resetPassword(u) }),
      u.lockedUntil ? h('button', { type: 'button', className: 'unlock', textContent: '解锁 Unlock', onclick: () => unlock(u) }) : null));
}

function openEdit(u) {
  editing = u;
  $('edit-username').textContent = u.username;
  $('edit-display').value = u.displayName ?? '';
  $('edit-email').value = u.email ?? '';
  $('edit-role').value = u.role;
  [...$('edit-parks').options].forEach((o) => { o.selected = u.parks.includes(o.value); });
  $('edit-enterprise').value = u.enterpriseName ?? '';
  if (u.enterpriseName) enterpriseIds[u.enterpriseName] = u.enterpriseId;
  $('edit-enabled').checked = u.enabled;
  $('edit-message').textContent = '';
  showScope('edit');
  $('edit-dialog').showModal();
}

async function saveEdit(event) {
  event.preventDefault();
  const role = $('edit-role').value;
  const body = {
    displayName: $('edit-display').value.trim() || null,
    email: $('edit-email').value.trim() || null,
    role,
    parks: role === 'PARK_MANAGER' ? selected($('edit-parks')) : [],
    enterpriseId: role === 'ENTERPRISE' ? enterpriseOf($('edit-enterprise')) : null,
    enabled: $('edit-enabled').checked,
  };
  try {
    await api(`/api/admin/users/${encodeURIComponent(editing.username)}`, { method: 'PATCH', body });
    $('edit-dialog').close();
    say(`已保存 ${editing.username} · Saved ${editing.username}`);
    await showUsers();
  } catch (e) {
    $('edit-message').textContent = e.bilingual ? e.bilingual() : String(e);
  }
}

async function setEnabled(u, enabled) {
  try {
    await api(`/api/admin/users/${encodeURIComponent(u.username)}`, { method: 'PATCH', body: { enabled } });
    say(enabled ? `已启用 ${u.username} · Enabled ${u.username}` : `已停用 ${u.username}，其登录已结束 · Disabled ${u.username}; their sessions ended`);
    await showUsers();
  } catch (e) {
    sayFailure(e);
  }
}

async function resetPassword(u) {
  try {
    const { data } = await api(`/api/admin/users/${encodeURIComponent(u.username)}/reset-password`, { method: 'POST' });
    const line = $('status');
    line.classList.remove('error');
    line.replaceChildren(`${u.username} 的一次性密码（请转告本人，下次登录时须修改）· One-time password for ${u.username} (tell them; they change it at the next sign-in): `,
      h('span', { className: 'one-time', id: 'one-time-password', textContent: data.oneTimePassword }));
    await showUsers();
  } catch (e) {
    sayFailure(e);
  }
}

async function unlock(u) {
  try {
    await api(`/api/admin/users/${encodeURIComponent(u.username)}/unlock`, { method: 'POST' });
    say(`已解锁 ${u.username} · Unlocked ${u.username}`);
    await Promise.all([showUsers(), showLocks()]);
  } catch (e) {
    sayFailure(e);
  }
}

async function showLocks() {
  const locks = (await api('/api/admin/sign-in-locks')).data;
  $('locks-empty').hidden = locks.length > 0;
  $('locks').hidden = locks.length === 0;
  $('locks').tBodies[0].replaceChildren(...locks.map((l) => h('tr', {},
    h('td', { textContent: l.scope === 'ACCOUNT' ? '账号 Account' : '地址 Address' }),
    h('td', { textContent: l.subject }),
    h('td', { className: 'num', textContent: l.attempts }),
    h('td', { textContent: day(l.blockedUntil) }),
    h('td', {}, h('button', {
      type: 'button', textContent: '解锁 Unlock',
      onclick: async () => {
        try {
          await api(`/api/admin/sign-in-locks${query(l.scope === 'ACCOUNT' ? { account: l.subject } : { address: l.subject })}`, { method: 'DELETE' });
          await Promise.all([showUsers(), showLocks()]);
        } catch (e) { sayFailure(e); }
      },
    })))));
}

start().catch(sayFailure);
