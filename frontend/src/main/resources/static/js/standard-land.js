// 标准地 达产 checks (issue 16), for staff: the parcels whose enterprises fall short of the indicators
// published for their supply, and a form to record a supplied parcel's actual figures of a year.
import { api, getJson, query } from './api.js';
import { $, h } from './dom.js';
import { pageHeader } from './header.js';
import { labelled, labelOf, say, sayFailure } from './status.js';

const header = pageHeader({ page: 'standard-land', name: 'page.standardLand' });
const FIGURES = ['enterpriseId', 'investmentWanYuan', 'taxWanYuan', 'outputWanYuan', 'energyTce'];

const reasons = (check) => (check.shortfalls.length
  ? h('ul', {}, ...check.shortfalls.map(s => h('li', {}, `${s.reasonZh} · ${s.reasonEn}`)))
  : '达标 Meets every indicator');

async function list() {
  const params = { year: $('f-year').value, park: $('f-park').value.trim() };
  try {
    const page = await getJson(`/api/standard-land/shortfalls${query({ ...params, size: 500 })}`);
    $('total').textContent = `共 ${page.total} 宗 · ${page.total} parcel(s)`;
    $('shortfalls').tBodies[0].replaceChildren(...page.items.map(c => h('tr', {},
      h('td', {}, c.parcelNo), h('td', {}, c.parkCode ?? '—'), h('td', {}, String(c.year)),
      h('td', {}, c.enterpriseName ?? '—'), h('td', {}, reasons(c)))));
    say('');
  } catch (e) {
    const field = e?.problem?.field;
    say(labelled(labelOf(field === 'park' || field === 'year' ? `f-${field}` : field), e), true);
  }
}

async function record(event) {
  event.preventDefault();
  const form = $('record');
  const body = {};
  for (const f of FIGURES) if (form[f].value !== '') body[f] = Number(form[f].value);
  try {
    const { data } = await api(`/api/standard-land/parcels/${encodeURIComponent(form.parcelId.value)}/checks/${encodeURIComponent(form.year.value)}`,
      { method: 'PUT', body });
    $('result').replaceChildren(h('h3', {}, `${data.parcelNo} · ${data.year}`), h('p', {}, reasons(data)));
    say('已保存 Saved');
    await list();
  } catch (e) {
    sayFailure(e);
  }
}

async function start() {
  const user = await header.signedInUser();
  if (!user) return;
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); list(); });
  $('record').addEventListener('submit', record);
  await list();
}

start();
