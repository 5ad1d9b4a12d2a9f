// A printable one-page brochure per shortlisted site: map extract, key figures, score and reasons.
import { api } from './api.js';
import { h } from './dom.js';
import { say, sayFailure } from './status.js';
import { pageHeader } from './header.js';
import { createMap } from './base-map.js';
import { fmt, bars, reasons, failures, kindText, placeText } from './match-common.js';

const params = new URLSearchParams(window.location.search);
const header = pageHeader({ page: 'brochure', name: 'page.brochure', heading: false });

async function start() {
  const user = await header.signedInUser();
  if (!user) return;
  document.getElementById('print').addEventListener('click', () => window.print());
  const ids = (params.get('ids') || '').split(',').filter(Boolean);
  if (ids.length === 0) {
    say('没有选中的场地 · No sites chosen');
    return;
  }
  const body = { weights: params.get('weights') || undefined, candidates: ids };
  if (params.get('project')) body.projectId = Number(params.get('project'));
  else body.requirement = JSON.parse(sessionStorage.getItem('cfk-match-requirement') || 'null');
  const { data } = await api('/api/matching/evaluate', { method: 'POST', body });
  const sheets = document.getElementById('sheets');
  const today = localToday();
  const contexts = await Promise.all(data.items.map(siteContext));
  data.items.forEach((item, i) => sheets.append(sheet(item, contexts[i], i + 1, data.items.length, today)));
  // Maps are drawn once their boxes are on the page.
  const maps = await Promise.all(data.items.map((item, i) => extract(item, `extract-${i}`)));
  // Printing may lay the page out anew: fit each extract to its site again.
  window.addEventListener('beforeprint', () => maps.forEach((fit) => fit()));
  say(`${data.items.length} 页 · ${data.items.length} page(s)`);
  if (params.get('print') === '1') window.print();
}

const localToday = () => new Date().toLocaleDateString('sv-SE');
const parks = new Map();

/** The park (its managing body; its contact only when the server shows it to this user) and the building with its units. */
async function siteContext(item) {
  const [park, building] = await Promise.all([
    item.parkCode ? (parks.get(item.parkCode) ?? parks.set(item.parkCode, api(`/api/parks/${item.parkCode}`).then((r) => r.data)).get(item.parkCode)) : null,
    item.buildingId ? api(`/api/buildings/${item.buildingId}`).then((r) => r.data) : null,
  ]);
  return { park, building };
}

const known = (v, text) => (v === null || v === undefined || v === '' ? '未知 unknown' : text ?? String(v));

/** The building's and the park's facts a prospect asks first. */
function placeRows(item, { park, building }) {
  const r = [];
  if (building) {
    r.push(['地址 Address', known(building.address)],
      ['结构 Structure', known(building.structure)],
      ['建成年份 Year built', known(building.yearBuilt)],
      ['货梯 Cargo lifts', known(building.cargoLiftCount, building.cargoLiftCount === 0 ? '无 none'
        : `${building.cargoLiftCount} 部${building.cargoLiftTonnes ? ` × ${fmt(building.cargoLiftTonnes, 1)} 吨 t` : ''}`)],
      ['产权证 Title certificate', known(building.titleCertificate, building.titleCertificate ? '有 yes' : '无 no')],
      ['土地性质 Land tenure', known(building.landTenure, { 国有: '国有 state-owned', 集体: '集体 collective' }[building.landTenure])]);
  }
  if (park) {
    r.push(['园区管理机构 Managing body', known(park.managingBody)]);
    if (park.contact) r.push(['联系人 Contact', `${park.contact.name} ${park.contact.phone ?? ''}`.trim()]);
  }
  return r;
}

/** Each unit of the site with its height, load and power. */
function unitTable(item, { building }) {
  if (!building || !item.unitIds) return null;
  const units = building.units.filter((u) => item.unitIds.includes(u.id));
  if (units.length === 0) return null;
  const cell = (v, digits, unit) => (v === null || v === undefined ? '未知 unknown' : `${fmt(v, digits)} ${unit}`);
  return h('section', {}, h('h2', { textContent: '单元 Units' }),
    h('table', { className: 'unit-table' },
      h('thead', {}, h('tr', {}, ...['单元 Unit', '楼层 Floor', '面积 Area', '层高 Height', '荷载 Load', '供电 Power']
        .map((text) => h('th', { scope: 'col', textContent: text })))),
      h('tbody', {}, ...units.map((u) => h('tr', {},
        h('td', { textContent: `#${u.id}` }),
        h('td', { textContent: u.floorFrom === u.floorTo ? `${u.floorFrom}F` : `${u.floorFrom}–${u.floorTo}F` }),
        h('td', { textContent: cell(u.vacantAreaM2, 0, 'm²') }),
        h('td', { textContent: cell(u.ceilingHeightM, 1, 'm') }),
        h('td', { textContent: cell(u.floorLoadKgM2, 0, 'kg/m²') }),
        h('td', { textContent: cell(u.powerKva, 0, 'kVA') }))))));
}

function rows(item, context) {
  const f = item.facts;
  const r = [['类型 Kind', kindText(item)], ['位置 Place', placeText(item)], ...placeRows(item, context)];
  if (item.kind === 'UNITS') {
    r.push(['可租面积 Vacant area', `${fmt(item.totalAreaM2)} m²（${f.unitCount} 个单元 units，第 ${f.floors} 层 floor）`],
      ['整层占比 Whole floors', `${fmt(f.wholeFloorShare * 100)}%${f.adjacentFloors ? '，楼层相邻 adjacent floors' : ''}`],
      ['层高 Ceiling height', f.minCeilingHeightM != null ? `≥ ${fmt(f.minCeilingHeightM, 1)} m` : '未知 unknown'],
      ['楼面荷载 Floor load', f.minFloorLoadKgM2 != null ? `≥ ${fmt(f.minFloorLoadKgM2)} kg/m²` : '未知 unknown'],
      ['可配电容量 Power', f.totalPowerKva != null ? `${fmt(f.totalPowerKva)} kVA`
        : `部分未知 partly unknown（${f.unknownPowerUnits} 个单元 units）`],
      ['平均租金 Rent', f.averageRentYuanM2Month != null ? `${fmt(f.averageRentYuanM2Month, 1)} 元/m²·月 yuan/m²·month` : '未知 unknown'],
      ['火灾危险性 Fire-hazard class', f.fireHazardClass ? `最高允许 ${f.fireHazardClass} 类 (allows up to class ${f.fireHazardClass})` : '未知 unknown'],
      ['可入驻 Available', f.availableFrom && f.availableFrom > localToday() ? f.availableFrom : '现在 now'],
      ['数据核实 Confirmed', `${(f.oldestConfirmedAt || '').slice(0, 10)}${f.stale ? '（待核实 to be confirmed）' : ''}`]);
  } else {
    r.push(['用地面积 Land area', `${fmt(item.totalAreaMu, 2)} 亩 mu（${fmt(item.totalAreaM2)} m²，${item.parcelIds.length} 宗 parcel(s)）`],
      ['规划用途 Planning use', f.planningUses.join('、')],
      ['参考地价 Reference price', f.referencePriceWanYuan != null ? `${fmt(f.referencePriceWanYuan)} 万元 (10k yuan)` : '未知 unknown'],
      ['供地 Supply', `${f.reserveLand ? '储备地 reserve land' : '可供应 available'}${f.earliestSupplyDate ? `，最早 from ${f.earliestSupplyDate}` : ''}`],
      ['土地状态 State', f.rawLand ? '现状地，需整理 raw land' : '熟地 serviced land']);
  }
  return h('table', {}, h('tbody', {}, ...r.map(([k, v]) => h('tr', {}, h('th', { scope: 'row', textContent: k }),
    h('td', { textContent: v })))));
}

function sheet(item, context, n, total, today) {
  return h('article', { className: 'sheet' },
    h('header', {},
      h('h1', {}, `${n}. ${item.kind === 'UNITS' ? item.buildingName : item.parcelNos.join('、')} `,
        h('small', { textContent: `${item.townName}${item.parkName ? ' · ' + item.parkName : ''} · ${item.id}` })),
      h('p', { className: 'subtitle' }, h('span', { className: 'score', textContent: fmt(item.score, 1) }),
        ' 分 / 100 综合评分 Overall score')),
    h('div', { className: 'extract', id: `extract-${n - 1}`, role: 'img', ariaLabel: `场地位置图 Map of ${item.id}` }),
    rows(item, context),
    unitTable(item, context),
    item.failed && item.failed.length ? h('section', {}, h('h2', { textContent: '未满足的条件 Not met' }), failures(item.failed)) : null,
    h('section', {}, h('h2', { textContent: '评分与理由 Scores and reasons' }), bars(item.criteria), reasons(item.criteria)),
    h('footer', { textContent: `厂房库 GIS · 第 ${n}/${total} 页 page · ${today} · 示例数据，非官方数据 Sample data, not official` }));
}

async function extract(item, id) {
  const box = document.getElementById(id);
  const { map: m } = await createMap(box, { zoomControl: false, attributionControl: false, dragging: false,
    scrollWheelZoom: false, doubleClickZoom: false, boxZoom: false, keyboard: false, touchZoom: false });
  if (item.parkCode) {
    try {
      const { data } = await api(`/api/parks/${item.parkCode}`);
      L.geoJSON(data.geometry, { style: { className: 'park-outline', color: '#12466e', weight: 1.5, dashArray: '4 3', fillOpacity: 0.04 } }).addTo(m);
    } catch (e) {
      // The park outline is context only.
    }
  }
  const site = L.geoJSON(item.geometry, { style: { color: item.kind === 'UNITS' ? '#d9480f' : '#2b8a3e', weight: 2, fillOpacity: 0.45 } }).addTo(m);
  const fit = () => {
    m.invalidateSize(false);
    m.fitBounds(site.getBounds(), { padding: [60, 60], maxZoom: 17, animate: false });
  };
  fit();
  await neighbours(m, m.getBounds(), item);
  site.bringToFront();
  return fit;
}

/** The buildings and parcels around the site, grey, under it; and a north arrow (the scale is the base map's). */
async function neighbours(m, around, item) {
  north().addTo(m);
  const bbox = [around.getWest(), around.getSouth(), around.getEast(), around.getNorth()].map((v) => v.toFixed(6)).join(',');
  try {
    const [buildings, parcels] = await Promise.all([
      api(`/api/map/buildings?bbox=${bbox}`), api(`/api/map/parcels?bbox=${bbox}`)]);
    L.geoJSON(parcels.data, { interactive: false, style: { className: 'neighbour-parcel', color: '#8a7a4a', weight: 0.8, dashArray: '3 2', fillOpacity: 0.04 } }).addTo(m);
    const others = buildings.data.features.filter((f) => (f.id ?? f.properties?.id) !== item.buildingId);
    L.geoJSON({ type: 'FeatureCollection', features: others }, { interactive: false, style: { className: 'neighbour-building', color: '#6b7680', weight: 0.8, fillColor: '#b8c0c8', fillOpacity: 0.6 } }).addTo(m);
  } catch (e) {
    // neighbours are context only
  }
}

function north() {
  const control = L.control({ position: 'topright' });
  control.onAdd = () => h('div', { className: 'north-arrow', title: '北 North' }, h('span', { ariaHidden: 'true', textContent: '▲' }), h('b', { textContent: 'N 北' }));
  return control;
}

start().catch(sayFailure);
