// "My park": park managers keep their units current; staff see each park's freshness.
import { api, query } from './api.js';
import { $, h } from './dom.js';
import { labelled, say, sayFailure } from './status.js';
import { pageHeader } from './header.js';
import { homeOf } from './session.js';
import { setUpDrawing, showParkOnMap } from './draw.js';

const STATUS = { VACANT: '空置 Vacant', RESERVED: '已预订 Reserved', OCCUPIED: '已占用 Occupied' };
// The row's inputs by the API's field names, to name the label a problem is about.
const LABELS = {
  status: '状态 Status', vacantAreaM2: '空置面积 Vacant area', rentYuanM2Month: '租金 Rent',
  availableFrom: '可用日期 Available from', occupantEnterpriseId: '使用企业 Occupant',
};
// The administrators' choice of every park and the buildings outside them: the queue only, no park's units.
const EVERYWHERE = '';
const EVERYWHERE_TEXT = '全部园区及园区外（镇村工业园） All parks and outside them';
const OUTSIDE = '园区外 Outside the parks';
const PAGE_SIZE = 50;
const QUEUE_SIZE = 20;
const header = pageHeader({ page: 'manage', name: 'page.manage' });
let user;
let page = 0;
let queuePage = 0;

const day = (instant) => (instant ? instant.slice(0, 10) : '');
const pages = (total, size) => Math.max(1, Math.ceil(total / size));

async function start() {
  user = await header.signedInUser();
  if (!user) return;
  if (user.role === 'STAFF' || user.role === 'ADMIN') {
    $('freshness-section').hidden = false;
    await showFreshness();
  }
  if (user.role === 'PARK_MANAGER' || user.role === 'ADMIN') {
    $('park-section').hidden = false;
    const parks = user.role === 'ADMIN' ? (await api('/api/parks')).data.map((p) => p.code) : [...user.parks].sort();
    // an administrator's queue may be the whole city's, the units outside the parks (镇村工业园) with it
    $('park').replaceChildren(
      ...(user.role === 'ADMIN' ? [h('option', { value: EVERYWHERE, textContent: EVERYWHERE_TEXT })] : []),
      ...parks.map((code) => h('option', { value: code, textContent: code })));
    const asked = new URLSearchParams(window.location.search).get('park');
    $('park').value = parks.includes(asked) || (user.role === 'ADMIN' && asked === EVERYWHERE) ? asked : parks[0];
    $('park').addEventListener('change', () => { page = 0; queuePage = 0; showPark(); });
    $('prev').addEventListener('click', () => { if (page > 0) { page -= 1; showUnits(); } });
    $('next').addEventListener('click', () => { page += 1; showUnits(); });
    $('queue-prev').addEventListener('click', () => { if (queuePage > 0) { queuePage -= 1; showQueue(); } });
    $('queue-next').addEventListener('click', () => { queuePage += 1; showQueue(); });
    $('queue-status').addEventListener('change', () => { queuePage = 0; showQueue(); });
    $('units-filter').addEventListener('submit', (e) => { e.preventDefault(); page = 0; showUnits(); });
    $('units-status').addEventListener('change', () => { page = 0; showUnits(); });
    $('confirm-selected').addEventListener('click', confirmSelected);
    $('queue-all').addEventListener('change', (e) => {
      document.querySelectorAll('#queue tbody input[type=checkbox]').forEach((c) => { c.checked = e.target.checked; });
    });
    await setUpDrawing();
    document.addEventListener('cfk:units-changed', () => Promise.all([showQueue(), showUnits()]).catch(sayFailure));
    await showPark();
  }
  // nothing here is an enterprise's: to its start page
  if (user.role === 'ENTERPRISE') window.location.replace(homeOf(user));
}

async function showFreshness() {
  const rows = (await api('/api/stats/freshness')).data;
  $('freshness').tBodies[0].replaceChildren(...rows.map((r) => h('tr', {},
    h('td', { textContent: `${r.parkCode} ${r.parkName}` }),
    h('td', { className: 'num', textContent: r.units }),
    h('td', { className: 'num', textContent: `${(r.freshShare * 100).toFixed(1)}%` }),
    h('td', { className: 'num', textContent: r.stale }),
    h('td', { className: 'num', textContent: r.hiddenFromSearch }),
    h('td', { textContent: day(r.oldestConfirmedAt) }))));
}

async function showPark() {
  const everywhere = $('park').value === EVERYWHERE;
  $('units-section').hidden = everywhere;
  $('draw-section').hidden = everywhere;
  await Promise.all(everywhere ? [showQueue()] : [showQueue(), showUnits(), showParkOnMap($('park').value)]);
}

/** The park's to-confirm queue, one exact page of it from the server. */
async function showQueue() {
  const { data } = await api(`/api/me/to-confirm${query({
    park: $('park').value, status: $('queue-status').value, page: queuePage, size: QUEUE_SIZE,
  })}`);
  if (data.items.length === 0 && queuePage > 0 && data.total > 0) {
    queuePage = pages(data.total, QUEUE_SIZE) - 1;
    await showQueue();
    return;
  }
  const last = pages(data.total, QUEUE_SIZE);
  $('queue-count').textContent = `(${data.total})`;
  $('queue-page-info').textContent = `第 ${queuePage + 1} / ${last} 页 · Page ${queuePage + 1} of ${last}`;
  $('queue-prev').disabled = queuePage === 0;
  $('queue-next').disabled = queuePage + 1 >= last;
  $('queue-empty').hidden = data.total > 0;
  $('queue').hidden = data.total === 0;
  $('confirm-selected').hidden = data.total === 0;
  $('queue-all').checked = false;
  const everywhere = $('park').value === EVERYWHERE;
  $('queue').tBodies[0].replaceChildren(...data.items.map((u) => h('tr', {},
    h('td', {}, h('input', { type: 'checkbox', value: u.id, ariaLabel: `选择单元 ${u.id} Select unit ${u.id}` })),
    h('td', { textContent: `#${u.id} · ${u.floorFrom}F` }),
    h('td', { textContent: everywhere ? `${u.parkCode ?? OUTSIDE} · ${u.buildingName}` : u.buildingName }),
    h('td', { textContent: STATUS[u.status] }),
    h('td', { className: 'num', textContent: u.daysSinceConfirmed + (u.hiddenFromSearch ? ' ⚠' : '') }),
    h('td', {},
      h('button', { type: 'button', textContent: '确认 Confirm', onclick: () => confirmUnits([u.id]) }),
      // a park's unit is edited among its park's units; one outside the parks is confirmed here
      u.parkCode ? h('button', { type: 'button', textContent: '编辑 Edit', onclick: () => editUnit(u.id, u.parkCode) }) : null))));
}

async function confirmSelected() {
  const ids = [...document.querySelectorAll('#queue tbody input[type=checkbox]:checked')].map((c) => Number(c.value));
  if (ids.length === 0) { say('请先勾选单元 · Select some units first', true); return; }
  await confirmUnits(ids);
}

async function confirmUnits(ids) {
  try {
    let confirmed = 1;
    if (ids.length === 1) await api(`/api/units/${ids[0]}/confirm`, { method: 'POST' });
    else confirmed = (await api('/api/units/confirm', { method: 'POST', body: { unitIds: ids } })).data.confirmed;
    say(`已确认 ${confirmed} 个单元 · Confirmed ${confirmed} unit(s)`);
    await showQueue();
    await Promise.all(ids.map((id) => refreshRow(id)));
  } catch (e) {
    sayFailure(e);
  }
}

/** From the queue to the unit's row: found by its number in the park's units, ready to edit. */
async function editUnit(id, park) {
  $('units-q').value = `#${id}`;
  $('units-status').value = '';
  page = 0;
  if ($('park').value !== park) {
    $('park').value = park;
    queuePage = 0;
    await showPark();
  } else {
    await showUnits();
  }
  const row = document.querySelector(`#units tbody tr[data-id="${id}"]`);
  row?.scrollIntoView({ block: 'center' });
  row?.querySelector('select')?.focus();
}

async function showUnits() {
  const { data } = await api(`/api/me/units${query({
    park: $('park').value, q: $('units-q').value.trim(), status: $('units-status').value, page, size: PAGE_SIZE,
  })}`);
  const last = pages(data.total, PAGE_SIZE);
  $('page-info').textContent = `第 ${page + 1} / ${last} 页，共 ${data.total} 个单元 · Page ${page + 1} of ${last}, ${data.total} units`;
  $('prev').disabled = page === 0;
  $('next').disabled = page + 1 >= last;
  $('units').tBodies[0].replaceChildren(...data.items.map(unitRow));
}

/** Draws a unit's row anew where it is, as the server now has it; answers the new row. */
async function refreshRow(id) {
  const row = document.querySelector(`#units tbody tr[data-id="${id}"]`);
  if (!row) return null;
  const fresh = unitRow((await api(`/api/me/units/${id}`)).data);
  noteOf(row)?.remove();
  row.replaceWith(fresh);
  return fresh;
}

function unitRow(u) {
  const status = h('select', { ariaLabel: `单元 ${u.id} 状态 Status` },
    ...Object.entries(STATUS).map(([value, text]) => h('option', { value, textContent: text, selected: value === u.status })));
  const vacant = h('input', { type: 'number', min: 0, step: '0.01', value: u.vacantAreaM2, ariaLabel: `单元 ${u.id} 空置面积 Vacant area` });
  const rent = h('input', { type: 'number', min: 0, step: '0.1', value: u.rentYuanM2Month ?? '', ariaLabel: `单元 ${u.id} 租金 Rent` });
  const available = h('input', { type: 'date', value: u.availableFrom ?? '', ariaLabel: `单元 ${u.id} 可用日期 Available from` });
  const occupant = h('input', {
    className: 'occupant', value: u.occupantName ?? '', ariaLabel: `单元 ${u.id} 使用企业 Occupant`,
    placeholder: '企业名称 Enterprise name', list: 'enterprise-options',
  });
  occupant.dataset.id = u.occupantEnterpriseId ?? '';
  occupant.addEventListener('input', () => suggestEnterprises(occupant.value));
  status.addEventListener('change', () => {
    if (status.value !== 'VACANT') vacant.value = 0;
    else if (Number(vacant.value) === 0) vacant.value = u.areaM2;
  });
  const fields = { status, vacant, rent, available, occupant };
  const cell = (text, control) => h('td', { dataset: { label: text } }, control);
  const row = h('tr', { className: u.stale ? 'stale' : '', dataset: { id: u.id } },
    h('td', { textContent: `#${u.id}` }),
    h('td', { textContent: `${u.buildingName} · ${u.floorFrom === u.floorTo ? u.floorFrom : `${u.floorFrom}–${u.floorTo}`}F` }),
    h('td', { className: 'num', textContent: u.areaM2, dataset: { label: '面积 m² Area' } }),
    cell(LABELS.status, status), cell(LABELS.vacantAreaM2, vacant), cell(LABELS.rentYuanM2Month, rent),
    cell(LABELS.availableFrom, available), cell(LABELS.occupantEnterpriseId, occupant),
    h('td', { textContent: day(u.lastConfirmedAt), dataset: { label: '核实 Confirmed' } }),
    h('td', { className: 'row-actions' },
      h('button', { type: 'button', className: 'save', textContent: '保存 Save', onclick: () => save(u, row, fields) }),
      h('button', { type: 'button', textContent: '记录 History', onclick: () => showHistory(u.id) })));
  return row;
}

const noteOf = (row) => (row.nextElementSibling?.classList.contains('row-note') ? row.nextElementSibling : null);

/** A message right under the row it is about. */
function note(row, error, ...content) {
  noteOf(row)?.remove();
  const line = h('tr', { className: `row-note${error ? ' error' : ''}` },
    h('td', { colSpan: row.cells.length, role: error ? 'alert' : 'status' }, ...content));
  row.after(line);
  return line;
}

let suggestTimer;
function suggestEnterprises(text) {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(async () => {
    if (text.trim().length < 2) return;
    const { data } = await api(`/api/enterprises?q=${encodeURIComponent(text.trim())}&limit=20`);
    $('enterprise-options').replaceChildren(...data.map((e) => h('option', { value: e.name, textContent: e.creditCode })));
    $('enterprise-options').dataset.ids = JSON.stringify(Object.fromEntries(data.map((e) => [e.name, e.id])));
  }, 250);
}

async function occupantId(input) {
  const name = input.value.trim();
  if (!name) return null;
  const known = JSON.parse($('enterprise-options').dataset.ids || '{}');
  if (known[name]) return known[name];
  if (input.dataset.id && name === input.defaultValue) return Number(input.dataset.id);
  const { data } = await api(`/api/enterprises?q=${encodeURIComponent(name)}&limit=2`);
  const exact = data.find((e) => e.name === name);
  if (!exact) throw new Error(`${LABELS.occupantEnterpriseId}：找不到企业“${name}” · No enterprise named "${name}"`);
  return exact.id;
}

/** What a row says of a unit, for setting what was typed beside what someone else saved. */
function summary(v) {
  return `${STATUS[v.status]} · ${LABELS.vacantAreaM2} ${v.vacantAreaM2} m² · ${LABELS.rentYuanM2Month} ${v.rentYuanM2Month ?? '—'}`
    + ` · ${LABELS.availableFrom} ${v.availableFrom ?? '—'} · ${LABELS.occupantEnterpriseId} ${v.occupantName || '—'}`;
}

/** The problem in both languages, led by the label of the input it is about. */
function problemAt(e) {
  return labelled(LABELS[e.problem?.field], e);
}

async function save(unit, row, f) {
  row.classList.add('saving');
  try {
    const patch = {
      status: f.status.value,
      vacantAreaM2: Number(f.vacant.value),
      rentYuanM2Month: f.rent.value === '' ? null : Number(f.rent.value),
      availableFrom: f.available.value || null,
      occupantEnterpriseId: await occupantId(f.occupant),
    };
    await api(`/api/units/${unit.id}`, {
      method: 'PATCH', body: patch,
      headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': `"${unit.version}"` },
    });
    const fresh = await refreshRow(unit.id);
    note(fresh ?? row, false, `单元 #${unit.id} 已保存 · Unit #${unit.id} saved`);
    await showQueue();
  } catch (e) {
    if (e.status === 412) {
      await showConflict(unit, row, f);
    } else {
      note(row, true, problemAt(e));
    }
  } finally {
    row.classList.remove('saving');
  }
}

/** Someone saved the unit meanwhile: their values beside what was typed, to retry over theirs or take theirs. */
async function showConflict(unit, row, f) {
  const theirs = (await api(`/api/me/units/${unit.id}`)).data;
  const yours = {
    status: f.status.value, vacantAreaM2: f.vacant.value, rentYuanM2Month: f.rent.value || null,
    availableFrom: f.available.value || null, occupantName: f.occupant.value.trim(),
  };
  note(row, true,
    h('p', {}, `单元 #${unit.id} 已被他人修改，尚未保存您的修改 · Someone else changed unit #${unit.id} meanwhile; yours is not saved yet`),
    h('p', { className: 'theirs' }, h('strong', {}, '他人保存的 Theirs: '), summary(theirs)),
    h('p', { className: 'yours' }, h('strong', {}, '您填写的 Yours: '), summary(yours)),
    h('button', { type: 'button', className: 'retry', textContent: '用我的值重试 Retry with mine',
      onclick: () => save({ ...unit, version: theirs.version }, row, f) }),
    h('button', { type: 'button', textContent: '采用他人的值 Take theirs', onclick: () => refreshRow(unit.id) }));
}

const SOURCES = { FORM: '网页 Web page', API: '接口 API', IMPORT: '导入 Import' };

/** A recorded state as the row's labels and values say it: statuses and occupants by name. */
function stateText(state, names) {
  if (!state) return '—';
  const value = (k, v) => {
    if (v === null || v === undefined) return '—';
    if (k === 'status') return STATUS[v] ?? v;
    if (k === 'occupantEnterpriseId') return names?.[v] ?? `#${v}`;
    return v;
  };
  return Object.entries(state).map(([k, v]) => `${LABELS[k] ?? k}: ${value(k, v)}`).join('\n');
}

async function showHistory(id) {
  const { data } = await api(`/api/units/${id}/history`);
  const body = $('history').querySelector('tbody');
  body.replaceChildren(...(data.length ? data.map((e) => h('tr', {},
    h('td', { textContent: e.occurredAt.replace('T', ' ').slice(0, 19) }), h('td', { textContent: e.actor }),
    h('td', { textContent: SOURCES[e.source] ?? e.source }),
    h('td', {}, h('pre', { textContent: stateText(e.before, e.occupantNames) })),
    h('td', {}, h('pre', { textContent: stateText(e.after, e.occupantNames) }))))
    : [h('tr', {}, h('td', { colSpan: 5, textContent: '暂无变更 · No changes yet' }))]));
  $('history').showModal();
}

start().catch(sayFailure);
