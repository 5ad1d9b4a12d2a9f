// Enterprises (staff, administrators): find, add (also prospects without a credit code), change with
// If-Match, and verify enterprise accounts that signed themselves up.
import { api, query } from './api.js';
import { $, h } from './dom.js';
import { pageHeader } from './header.js';
import { say, sayFailure } from './status.js';

const header = pageHeader({ page: 'enterprises', name: 'page.enterprises' });
const FIELDS = ['name', 'creditCode', 'industryCode', 'grade', 'contactName', 'contactPhone', 'contactEmail'];
let current = null; // { id, etag } of the enterprise in the form, null for a new one

async function start() {
  const user = await header.signedInUser();
  if (!user) return;
  if (user.role !== 'STAFF' && user.role !== 'ADMIN') { say('只有招商人员和管理员可以管理企业 · Only staff and administrators manage enterprises', true); return; }
  const industries = (await api('/api/industries')).data;
  $('e-industryCode').append(...industries.map((i) => h('option', { value: i.code, textContent: `${i.name} ${i.nameEn}` })));
  let timer;
  $('q').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(find, 250); });
  $('new-enterprise').addEventListener('click', () => fill(null));
  $('e-prospect').addEventListener('change', () => { $('e-creditCode').disabled = $('e-prospect').checked; });
  $('enterprise-form').addEventListener('submit', save);
  fill(null);
  await Promise.all([find(), showSignUps()]);
}

async function find() {
  const { data } = await api(`/api/enterprises${query({ q: $('q').value.trim(), limit: 50 })}`);
  $('enterprises').tBodies[0].replaceChildren(...data.map((e) => h('tr', {},
    h('td', { textContent: e.id }), h('td', { textContent: e.name }),
    h('td', { textContent: e.creditCode ?? '意向企业 Prospect' }),
    h('td', {}, h('button', { type: 'button', textContent: '修改 Edit', onclick: () => open(e.id) })))));
}

async function open(id) {
  try {
    const { data, etag } = await api(`/api/enterprises/${id}`);
    fill(data, etag);
  } catch (e) {
    sayFailure(e);
  }
}

function fill(enterprise, etag) {
  current = enterprise ? { id: enterprise.id, etag } : null;
  $('editing').textContent = enterprise ? `#${enterprise.id}` : '（新增 new）';
  const form = $('enterprise-form');
  FIELDS.forEach((f) => { form.elements.namedItem(f).value = enterprise?.[f] ?? ''; });
  $('e-prospect').checked = Boolean(enterprise?.prospect);
  $('e-creditCode').disabled = $('e-prospect').checked;
}

async function save(event) {
  event.preventDefault();
  const form = $('enterprise-form');
  const body = Object.fromEntries(FIELDS.map((f) => [f, form.elements.namedItem(f).value.trim() || null]));
  if ($('e-prospect').checked) body.creditCode = null;
  try {
    const { data, etag } = current
      ? await api(`/api/enterprises/${current.id}`, { method: 'PATCH', body, headers: { 'If-Match': current.etag } })
      : await api('/api/enterprises', { method: 'POST', body });
    fill(data, etag);
    say(`已保存企业 ${data.name} · Saved ${data.name}`);
    await find();
  } catch (e) {
    sayFailure(e);
    const existing = e.problem?.existing;
    if (existing) {
      $('status').append(' ', h('button', { type: 'button', textContent: `打开 ${existing.name} Open`, onclick: () => open(existing.id) }));
    }
  }
}

async function showSignUps() {
  const pending = (await api('/api/signups')).data;
  $('signups-empty').hidden = pending.length > 0;
  $('signups').hidden = pending.length === 0;
  $('signups').tBodies[0].replaceChildren(...pending.map((p) => h('tr', {},
    h('td', { textContent: p.username }),
    h('td', { textContent: `${p.enterpriseName} (${p.creditCode})` }),
    h('td', { textContent: [p.contactName, p.contactPhone, p.contactEmail].filter(Boolean).join(' · ') }),
    h('td', { textContent: p.createdAt.slice(0, 16).replace('T', ' ') }),
    h('td', {}, h('button', {
      type: 'button', textContent: '审核通过 Verify',
      onclick: async () => {
        try {
          await api(`/api/signups/${encodeURIComponent(p.username)}/verify`, { method: 'POST' });
          say(`已审核 ${p.username} · Verified ${p.username}`);
          await showSignUps();
        } catch (e) { sayFailure(e); }
      },
    })))));
}

start().catch(sayFailure);
