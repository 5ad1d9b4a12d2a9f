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
  data.items.forEach((item, i) => sheets.append(sheet(item, i + 1, data.items.length, today)));
  // Maps are drawn once their boxes are on the page.
  const maps = await Promise.all(data.items.map((item, i) => extract(item, `extract-${i}`)));
  // Printing may lay the page out anew: fit each extract to its site again.
  window.addEventListener('beforeprint', () => maps.forEach((fit) => fit()));
  say(`${data.items.length} 页 · ${data.items.length} page(s)`);
  if (params.get('print') === '1') window.print();
}

const localToday = () => new Date().toLocaleDateString('sv-SE');

function rows(item) {
  const f = item.facts;
  const r = [['类型 Kind', kindText(item)], ['位置 Place', placeText(item)]];
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

function sheet(item, n, total, today) {
  return h('article', { className: 'sheet' },
    h('header', {},
      h('h1', {}, `${n}. ${item.kind === 'UNITS' ? item.buildingName : item.parcelNos.join('、')} `,
        h('small', { textContent: `${item.townName}${item.parkName ? ' · ' + item.parkName : ''} · ${item.id}` })),
      h('p', { className: 'subtitle' }, h('span', { className: 'score', textContent: fmt(item.score, 1) }),
        ' 分 / 100 综合评分 Overall score')),
    h('div', { className: 'extract', id: `extract-${n - 1}`, role: 'img', ariaLabel: `场地位置图 Map of ${item.id}` }),
    rows(item),
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
      L.geoJSON(data.geometry, { style: { color: '#12466e', weight: 1.5, dashArray: '4 3', fillOpacity: 0.04 } }).addTo(m);
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
  return fit;
}

start().catch(sayFailure);
