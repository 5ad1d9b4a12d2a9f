// Enquiries: those the caller works (staff all, a park's managers their parks') or sent, moved along
// NEW → CONTACTED → VIEWING → CLOSED with notes.
import { api } from './api.js';
import { $, h } from './dom.js';
import { labelled, labelOf, say, sayFailure } from './status.js';
import { pageHeader } from './header.js';

const FLOW = ['NEW', 'CONTACTED', 'VIEWING', 'CLOSED'];
const STATUS = { NEW: '新咨询 New', CONTACTED: '已联系 Contacted', VIEWING: '看厂 Viewing', CLOSED: '已结束 Closed' };
const KIND = { unit: '单元 Unit', building: '楼栋 Building', parcel: '地块 Parcel' };
const header = pageHeader({ page: 'enquiries', name: 'page.enquiries' });
let user;

const works = (q) => user.role === 'STAFF' || user.role === 'ADMIN'
  || (user.role === 'PARK_MANAGER' && (user.parks ?? []).includes(q.parkCode));

async function start() {
  user = await header.signedInUser();
  if (!user) return;
  for (const s of FLOW) $('f-status').append(h('option', { value: s, textContent: STATUS[s] }));
  $('f-status').addEventListener('change', refresh);
  $('apply').addEventListener('click', refresh);
  await refresh();
}

async function refresh() {
  const params = new URLSearchParams({ size: '200' });
  if ($('f-status').value) params.set('status', $('f-status').value);
  if ($('f-park').value.trim()) params.set('park', $('f-park').value.trim());
  try {
    const { data } = await api(`/api/enquiries?${params}`);
    $('total').textContent = `共 ${data.total} 条咨询 · ${data.total} enquiry(ies)`;
    $('enquiries').tBodies[0].replaceChildren(...data.items.map(row));
  } catch (e) {
    sayFailure(e);
  }
}

function row(q) {
  const contact = [q.contactName, q.contactPhone, q.contactEmail].filter(Boolean).join(' · ');
  const notes = h('textarea', { rows: 2, maxLength: 2000, value: q.notes ?? '', 'aria-label': `备注 #${q.id} Notes` });
  const actions = h('span', { className: 'moves' });
  if (works(q)) {
    const next = FLOW[FLOW.indexOf(q.status) + 1];
    if (next) actions.append(h('button', { type: 'button', onclick: () => save(q, next, notes.value) }, `→ ${STATUS[next]}`));
    actions.append(h('button', { type: 'button', onclick: () => save(q, q.status, notes.value) }, '保存备注 Save notes'));
  }
  return h('tr', {},
    h('td', {}, String(q.id)),
    h('td', {}, `${KIND[q.subject.kind]} ${q.subject.name ?? q.subject.id}`),
    h('td', {}, q.parkCode ?? '—'),
    h('td', {}, q.message, q.preferredDates ? h('br') : '', q.preferredDates ? `希望 Preferred: ${q.preferredDates}` : ''),
    h('td', {}, contact || '—', q.enterpriseName ? h('br') : '', q.enterpriseName ?? ''),
    h('td', {}, STATUS[q.status]),
    h('td', {}, works(q) ? notes : ''),
    h('td', {}, new Date(q.createdAt).toLocaleString('zh-CN')),
    h('td', {}, actions));
}

async function save(q, status, notes) {
  try {
    await api(`/api/enquiries/${q.id}`, {
      method: 'PATCH', body: { status, notes: notes.trim() || null },
      headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': `"${q.version}"` },
    });
    say(`咨询 #${q.id} 已更新 · Enquiry updated`);
  } catch (e) {
    say(e.status === 412 ? '咨询已被他人修改，已重新加载 · Someone else changed it: reloaded' : labelled(labelOf(e.problem?.field), e), true);
  }
  await refresh();
}

start().catch(sayFailure);
