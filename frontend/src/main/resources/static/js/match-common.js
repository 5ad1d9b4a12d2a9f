// What the match page and the brochure share: criterion and filter names, score bars, key figures.
import { h } from './dom.js';

export const CRITERIA = [
  { name: 'area', zh: '面积匹配', en: 'Area fit', def: 25 },
  { name: 'cost', zh: '成本', en: 'Cost', def: 20 },
  { name: 'industry', zh: '产业', en: 'Industry', def: 20 },
  { name: 'location', zh: '区位', en: 'Location', def: 15 },
  { name: 'readiness', zh: '就绪', en: 'Readiness', def: 10 },
  { name: 'freshness', zh: '数据新鲜度', en: 'Freshness', def: 10 },
  // staff only, while the policy favours A and B: its default weight is the server's (GET /api/matching/weights)
  { name: 'grade', zh: '亩均效益', en: '亩均 grade', def: 0 },
];

export const FILTERS = {
  siteKind: ['场地类型', 'Kind of site'],
  area: ['面积', 'Area'],
  ceilingHeight: ['层高', 'Ceiling height'],
  floorLoad: ['楼面荷载', 'Floor load'],
  power: ['电力', 'Power'],
  rent: ['租金', 'Rent'],
  fireClass: ['火灾危险性', 'Fire-hazard class'],
  planningUse: ['规划用途', 'Planning use'],
  investmentIntensity: ['标准地·投资强度', 'Standard land: investment intensity'],
  taxPerMu: ['标准地·亩均税收', 'Standard land: tax per mu'],
  outputPerMu: ['标准地·亩均产值', 'Standard land: output per mu'],
  energyPerOutput: ['标准地·单位产值能耗', 'Standard land: energy per output'],
  availability: ['可用时间', 'Availability'],
  location: ['区位', 'Location'],
};

export const fmt = (n, digits = 0) => (n === null || n === undefined ? '?'
  : Number(n).toLocaleString('zh-CN', { maximumFractionDigits: digits }));

/** One bar per criterion: name, weight, a bar of the score, the score. */
export function bars(criteria) {
  const box = h('div', { className: 'bars' });
  for (const c of criteria) {
    const meta = CRITERIA.find((m) => m.name === c.name) || { zh: c.name, en: c.name };
    const fill = h('span', { className: `fill${c.score < 40 ? ' low' : c.score < 70 ? ' mid' : ''}` });
    fill.style.width = `${c.score}%`;
    box.append(
      h('span', { className: 'label', textContent: `${meta.zh} ${meta.en} · ${fmt(c.weight, 1)}` }),
      h('span', { className: 'track', role: 'img', ariaLabel: `${meta.zh} ${c.score} / 100` }, fill),
      h('span', { className: 'val', textContent: c.score }));
  }
  return box;
}

/** "中文 / English" reasons, one line per criterion. */
export function reasons(criteria) {
  return h('ul', { className: 'reasons' }, ...criteria.map((c) => h('li', {},
    c.reasonZh, h('br'), h('small', { textContent: c.reasonEn }))));
}

export function failures(failed) {
  return h('ul', { className: 'failed' }, ...failed.map((f) => {
    const [zh, en] = FILTERS[f.filter] || [f.filter, f.filter];
    return h('li', { className: f.unknown ? 'unknown' : '' },
      h('strong', { textContent: `${zh} ${en}${f.unknown ? '（数据缺失 unknown）' : ''}：` }),
      f.reasonZh, h('br'), h('small', { textContent: f.reasonEn }));
  }));
}

/** 标准地 indicators the parcels set that the project gives no planned figures for: not checked. */
export function unchecked(item) {
  const notes = item.facts?.unchecked;
  if (!notes || !notes.length) return null;
  return h('ul', { className: 'unchecked' }, ...notes.map((u) => h('li', {},
    u.reasonZh, h('br'), h('small', { textContent: u.reasonEn }))));
}

/** 在建 · 预计 <date> 可用: a candidate in a building under construction (future supply); else null. */
export function futureSupply(item) {
  const f = item.facts;
  if (item.kind !== 'UNITS' || !f?.underConstruction) return null;
  return h('div', { className: 'future' },
    h('span', { className: 'badge future', textContent: '在建 under construction' }),
    ` 预计 ${f.expectedCompletion} 可用 · expected ${f.expectedCompletion}`);
}

export function kindText(item) {
  return item.kind === 'UNITS' ? '厂房 Floor space' : '土地 Land';
}

/** Where the site is: town, park, building and floors or parcel numbers. */
export function placeText(item) {
  const parts = [item.townName];
  if (item.parkName) parts.push(`${item.parkName}（${item.parkCode}）`);
  else parts.push('园区外 outside the parks');
  if (item.kind === 'UNITS') parts.push(`${item.buildingName} 第 ${item.facts.floors} 层 floor`);
  else parts.push(item.parcelNos.join('、'));
  return parts.join(' · ');
}

/** The key figures in one line. */
export function figuresText(item) {
  const f = item.facts;
  if (item.kind === 'UNITS') {
    return [
      `${fmt(item.totalAreaM2)} m²`,
      f.minCeilingHeightM != null ? `层高 ceiling ≥ ${fmt(f.minCeilingHeightM, 1)} m` : '层高未知 ceiling unknown',
      f.minFloorLoadKgM2 != null ? `荷载 load ≥ ${fmt(f.minFloorLoadKgM2)} kg/m²` : '荷载未知 load unknown',
      f.totalPowerKva != null ? `${fmt(f.totalPowerKva)} kVA` : `电力部分未知 power partly unknown`,
      f.averageRentYuanM2Month != null ? `${fmt(f.averageRentYuanM2Month, 1)} 元/m²·月` : '租金未知 rent unknown',
      `火灾危险性 ${f.fireHazardClass || '?'}`,
    ].join(' · ');
  }
  return [
    `${fmt(item.totalAreaMu, 2)} 亩 mu (${fmt(item.totalAreaM2)} m²)`,
    `用途 use ${f.planningUses.join('/')}`,
    f.referencePriceWanYuan != null ? `参考价 ${fmt(f.referencePriceWanYuan)} 万元` : '地价未知 price unknown',
    f.reserveLand ? '储备地 reserve' : '可供应 available',
    f.rawLand ? '现状地 raw' : '熟地 serviced',
  ].join(' · ');
}
