// 亩均效益 results (staff and administrators): a year's results, filtered by grade and park, paged.
import { api, query } from './api.js';
import { $, h } from './dom.js';
import { pageHeader } from './header.js';
import { sayFailure } from './status.js';

const PAGE_SIZE = 50;
const BY = { BUREAU: '主管部门评定 Bureau', METHOD: '按方法计算 Method', NONE: '未评价 Not evaluated' };
const header = pageHeader({ page: 'efficiency', name: 'page.efficiency' });
let page = 0;

const text = (value) => (value === null || value === undefined ? '—' : String(value));

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
  const filters = Object.fromEntries(['year', 'grade', 'park'].map((f) => [f, form.elements.namedItem(f).value.trim()]));
  const { data } = await api(`/api/efficiency/results${query({ ...filters, page, size: PAGE_SIZE })}`);
  if (!filters.year && data.items.length) form.elements.namedItem('year').value = data.items[0].year;
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  $('page-info').textContent = `第 ${page + 1} / ${pages} 页，共 ${data.total} 家 · Page ${page + 1} of ${pages}, ${data.total} enterprises`;
  $('prev').disabled = page === 0;
  $('next').disabled = page + 1 >= pages;
  $('results').tBodies[0].replaceChildren(...data.items.map((r) => h('tr', {},
    h('td', { textContent: r.enterpriseName }),
    h('td', { textContent: r.creditCode }),
    h('td', { textContent: r.grade ?? '未评价 —' }),
    h('td', { textContent: BY[r.gradedBy] ?? r.gradedBy }),
    h('td', { textContent: text(r.score) }),
    h('td', { textContent: text(r.taxPerMu) }),
    h('td', { textContent: text(r.revenuePerMu) }),
    h('td', { textContent: text(r.energyValueAdded) }),
    h('td', { textContent: text(r.rdShare) }),
    h('td', { textContent: text(r.landAreaMu) }))));
}

start().catch(sayFailure);
