// The audit (administrators): who changed what, when and from where, newest first, filtered and paged.
import { api, query } from './api.js';
import { $, h } from './dom.js';
import { pageHeader } from './header.js';
import { sayFailure } from './status.js';

const PAGE_SIZE = 50;
const header = pageHeader({ page: 'audit', name: 'page.audit' });
let page = 0;

const json = (value) => (value ? JSON.stringify(value, null, 1) : '');

async function start() {
  const user = await header.signedInUser();
  if (!user) return;
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); page = 0; show().catch(sayFailure); });
  $('prev').addEventListener('click', () => { if (page > 0) { page -= 1; show().catch(sayFailure); } });
  $('next').addEventListener('click', () => { page += 1; show().catch(sayFailure); });
  await show();
}

async function show() {
  const form = $('filters');
  const filters = Object.fromEntries(['actor', 'entity', 'entityId', 'from', 'to'].map((f) => [f, form.elements.namedItem(f).value.trim()]));
  const { data } = await api(`/api/admin/audit${query({ ...filters, page, size: PAGE_SIZE })}`);
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  $('page-info').textContent = `第 ${page + 1} / ${pages} 页，共 ${data.total} 条 · Page ${page + 1} of ${pages}, ${data.total} events`;
  $('prev').disabled = page === 0;
  $('next').disabled = page + 1 >= pages;
  $('audit').tBodies[0].replaceChildren(...data.items.map((e) => h('tr', {},
    h('td', { textContent: e.occurredAt.replace('T', ' ').slice(0, 19) }),
    h('td', { textContent: e.actor }),
    h('td', { textContent: e.action }),
    h('td', { textContent: `${e.entity} ${e.entityId ?? ''}` }),
    h('td', {}, h('pre', { className: 'change', textContent: json(e.before) })),
    h('td', {}, h('pre', { className: 'change', textContent: json(e.after) })),
    h('td', { textContent: e.clientAddress ?? '' }))));
}

start().catch(sayFailure);
