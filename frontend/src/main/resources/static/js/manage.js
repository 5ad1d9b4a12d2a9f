// "My park": park managers keep their units current; staff see each park's freshness.
import { api } from './api.js';
import { $, h } from './dom.js';
import { say, sayFailure } from './status.js';
import { pageHeader } from './header.js';
import { createMap } from './base-map.js';

const STATUS = { VACANT: '空置 Vacant', RESERVED: '已预订 Reserved', OCCUPIED: '已占用 Occupied' };
const PAGE_SIZE = 50;
const header = pageHeader({ page: 'manage', name: 'page.manage' });
let user;
let page = 0;

const day = (instant) => (instant ? instant.slice(0, 10) : '');

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
    $('park').replaceChildren(...parks.map((code) => h('option', { value: code, textContent: code })));
    $('park').addEventListener('change', () => { page = 0; showPark(); });
    $('prev').addEventListener('click', () => { if (page > 0) { page -= 1; showUnits(); } });
    $('next').addEventListener('click', () => { page += 1; showUnits(); });
    $('confirm-selected').addEventListener('click', confirmSelected);
    $('queue-all').addEventListener('change', (e) => {
      document.querySelectorAll('#queue tbody input[type=checkbox]').forEach((c) => { c.checked = e.target.checked; });
    });
    await setUpDrawing();
    await showPark();
  }
  if (user.role === 'ENTERPRISE') say('企业用户无需管理园区数据 · Enterprise accounts have no park data to manage.');
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
  await Promise.all([showQueue(), showUnits(), showParkOnMap()]);
}

async function showQueue() {
  const park = $('park').value;
  const { data } = await api('/api/me/to-confirm?size=200');
  const items = data.items.filter((u) => u.parkCode === park);
  $('queue-count').textContent = `(${items.length})`;
  $('queue-empty').hidden = items.length > 0;
  $('queue').hidden = items.length === 0;
  $('confirm-selected').hidden = items.length === 0;
  $('queue').tBodies[0].replaceChildren(...items.map((u) => h('tr', {},
    h('td', {}, h('input', { type: 'checkbox', value: u.id, ariaLabel: `选择单元 ${u.id} Select unit ${u.id}` })),
    h('td', { textContent: `#${u.id} · ${u.floorFrom}F` }),
    h('td', { textContent: u.buildingName }),
    h('td', { textContent: STATUS[u.status] }),
    h('td', { className: 'num', textContent: u.daysSinceConfirmed + (u.hiddenFromSearch ? ' ⚠' : '') }),
    h('td', {}, h('button', { type: 'button', textContent: '确认 Confirm', onclick: () => confirmUnits([u.id]) })))));
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
    await Promise.all([showQueue(), showUnits()]);
  } catch (e) {
    sayFailure(e);
  }
}

async function showUnits() {
  const park = $('park').value;
  const { data } = await api(`/api/me/units?park=${park}&page=${page}&size=${PAGE_SIZE}`);
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  $('page-info').textContent = `第 ${page + 1} / ${pages} 页，共 ${data.total} 个单元 · Page ${page + 1} of ${pages}, ${data.total} units`;
  $('prev').disabled = page === 0;
  $('next').disabled = page + 1 >= pages;
  $('units').tBodies[0].replaceChildren(...data.items.map(unitRow));
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
  const row = h('tr', { className: u.stale ? 'stale' : '' },
    h('td', { textContent: `#${u.id}` }),
    h('td', { textContent: `${u.buildingName} · ${u.floorFrom === u.floorTo ? u.floorFrom : `${u.floorFrom}–${u.floorTo}`}F` }),
    h('td', { className: 'num', textContent: u.areaM2 }),
    h('td', {}, status), h('td', {}, vacant), h('td', {}, rent), h('td', {}, available), h('td', {}, occupant),
    h('td', { textContent: day(u.lastConfirmedAt) }),
    h('td', {},
      h('button', { type: 'button', textContent: '保存 Save', onclick: () => save(u, row, { status, vacant, rent, available, occupant }) }),
      h('button', { type: 'button', textContent: '记录 History', onclick: () => showHistory(u.id) })));
  return row;
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
  if (!exact) throw new Error(`找不到企业“${name}” · No enterprise named "${name}"`);
  return exact.id;
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
    say(`单元 #${unit.id} 已保存 · Unit #${unit.id} saved`);
    await Promise.all([showUnits(), showQueue()]);
  } catch (e) {
    if (e.status === 412) {
      say(`单元 #${unit.id} 已被他人修改，已重新加载，请核对后再保存 · Someone else changed unit #${unit.id} meanwhile: reloaded, check and save again`, true);
      await showUnits();
    } else {
      sayFailure(e);
    }
  } finally {
    row.classList.remove('saving');
  }
}

async function showHistory(id) {
  const { data } = await api(`/api/units/${id}/history`);
  const show = (state) => (state ? Object.entries(state).map(([k, v]) => `${k}: ${v ?? '—'}`).join('\n') : '—');
  const body = $('history').querySelector('tbody');
  body.replaceChildren(...(data.length ? data.map((e) => h('tr', {},
    h('td', { textContent: e.occurredAt.replace('T', ' ').slice(0, 19) }), h('td', { textContent: e.actor }),
    h('td', { textContent: e.source }), h('td', {}, h('pre', { textContent: show(e.before) })),
    h('td', {}, h('pre', { textContent: show(e.after) }))))
    : [h('tr', {}, h('td', { colSpan: 5, textContent: '暂无变更 · No changes yet' }))]));
  $('history').showModal();
}

// Drawing a footprint with plain Leaflet: click to add corners; the polygon closes itself.
let map;
let parkLayer;
let sketch;
const points = [];

async function setUpDrawing() {
  ({ map } = await createMap($('draw-map')));
  sketch = L.polygon([], { color: '#d9480f' }).addTo(map);
  map.on('click', (e) => { points.push(e.latlng); redraw(); });
  $('undo-point').addEventListener('click', () => { points.pop(); redraw(); });
  $('clear-points').addEventListener('click', () => { points.length = 0; redraw(); });
  $('building-form').addEventListener('submit', saveBuilding);
  redraw();
}

function redraw() {
  sketch.setLatLngs(points);
  $('point-count').textContent = `${points.length} 个角点 · ${points.length} corner(s)`;
}

async function showParkOnMap() {
  const { data } = await api(`/api/parks/${$('park').value}`);
  if (parkLayer) parkLayer.remove();
  parkLayer = L.geoJSON(data.geometry, { style: { color: '#12466e', weight: 2, fillOpacity: 0.05 }, interactive: false }).addTo(map);
  map.fitBounds(parkLayer.getBounds());
}

async function saveBuilding(event) {
  event.preventDefault();
  if (points.length < 3) { say('请先在地图上点出至少 3 个角点 · Click at least 3 corners on the map first', true); return; }
  const ring = points.map((p) => [Number(p.lng.toFixed(7)), Number(p.lat.toFixed(7))]);
  ring.push(ring[0]);
  try {
    const { data } = await api('/api/buildings', {
      method: 'POST',
      body: {
        parkCode: $('park').value, name: $('b-name').value.trim(), type: $('b-type').value,
        floors: Number($('b-floors').value), fireHazardClass: $('b-fire').value,
        geometry: { type: 'Polygon', coordinates: [ring] }, crs: 'EPSG:4326',
      },
    });
    say(`楼栋“${data.name}”已保存（编号 ${data.id}）· Building "${data.name}" saved (id ${data.id})`);
    L.geoJSON(data.geometry, { style: { color: '#2b8a3e' } }).addTo(map);
    points.length = 0;
    redraw();
    $('building-form').reset();
  } catch (e) {
    sayFailure(e);
  }
}

start().catch(sayFailure);
