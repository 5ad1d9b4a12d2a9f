// The dashboard (领导驾驶舱, issue 15) for staff: the city's stock and its change, 24 months of trends by
// town, park, industry or building type, and a map of parks or towns coloured by vacancy as of a month
// chosen with a slider. Every figure comes from /api/stats/vacancy/trend (docs/statistics.md); the parks'
// 亩均 figures (issue 16) from /api/stats/efficiency.
import { getJson } from './api.js';
import { $, h } from './dom.js';
import { num, pct } from './format.js';
import { pageHeader } from './header.js';
import { createMap } from './base-map.js';
import { loadReference, parkName } from './reference.js';
import { loadECharts } from './stats.js';
import { say, sayFailure } from './status.js';

const L = window.L;
const header = pageHeader({ page: 'dashboard', name: 'page.dashboard' });
const FIGURES = {
  vacancyRate: { name: '空置率 Vacancy rate', format: v => pct(v), scale: v => v },
  vacantAreaM2: { name: '空置面积（万 m²） Vacant area (10,000 m²)', format: v => num(v / 1e4, 2), scale: v => v / 1e4 },
  floorAreaM2: { name: '存量（万 m²） Stock (10,000 m²)', format: v => num(v / 1e4, 1), scale: v => v / 1e4 },
  takeUpM2: { name: '去化（m²） Take-up (m²)', format: v => num(v), scale: v => v },
  netAbsorptionM2: { name: '净吸纳（m²） Net absorption (m²)', format: v => num(v), scale: v => v },
  avgAskingRentYuanM2Month: { name: '平均租金（元/m²·月） Asking rent (yuan/m² a month)', format: v => num(v, 2), scale: v => v },
};
const BANDS = [[0.05, '#1a9850'], [0.1, '#91cf60'], [0.2, '#fee08b'], [0.3, '#fc8d59'], [Infinity, '#d73027']];
const trends = new Map();
let echarts;
let vacancyMap;
let shapes;

const trend = (group) => {
  if (!trends.has(group)) trends.set(group, getJson(`/api/stats/vacancy/trend?groupBy=${group}&interval=month`));
  return trends.get(group);
};
const colour = (rate) => BANDS.find(([limit]) => rate < limit)[1];

async function start() {
  const user = await header.signedInUser();
  if (!user) return;
  try {
    echarts = await loadECharts();
    const city = (await trend('city')).series[0];
    kpis(city.points);
    cityChart(city.points);
    await groupChart();
    await drawMap();
    await efficiencyTable();
    say('');
  } catch (e) {
    sayFailure(e);
  }
  $('trend-group').addEventListener('change', () => groupChart().catch(sayFailure));
  $('trend-figure').addEventListener('change', () => groupChart().catch(sayFailure));
  $('map-group').addEventListener('change', () => drawMap().catch(sayFailure));
  $('map-month').addEventListener('input', () => drawMap().catch(sayFailure));
}

function kpis(points) {
  const now = points[points.length - 1];
  const month = points[points.length - 2];
  const year = points[points.length - 13];
  $('kpi-period').textContent = `截至 ${now.period} · as of ${now.period}`;
  const change = (key, format) => {
    const d = (p) => (p ? now[key] - p[key] : null);
    const sign = (v) => (v > 0 ? '+' : '');
    return `较上月 vs last month ${sign(d(month))}${format(d(month))} · 较去年同期 vs a year ago ${sign(d(year))}${format(d(year))}`;
  };
  const area = (v) => `${num(v / 1e4, 2)} 万m²`;
  const items = [
    ['存量 Stock', area(now.floorAreaM2), change('floorAreaM2', area)],
    ['空置面积 Vacant area', area(now.vacantAreaM2), change('vacantAreaM2', area)],
    ['空置率 Vacancy rate', pct(now.vacancyRate), change('vacancyRate', v => `${num(v * 100, 2)} pp`)],
    ['在租房源 Listings', num(now.listings), change('listings', v => num(v))],
    ['平均租金 Asking rent', `${num(now.avgAskingRentYuanM2Month, 2)} 元/m²·月`,
      change('avgAskingRentYuanM2Month', v => num(v, 2))],
    ['本月去化 Take-up this month', area(now.takeUpM2), `净吸纳 Net absorption ${area(now.netAbsorptionM2)}`],
    ['本月新增供应 New supply this month', area(now.newSupplyM2), `释放 Released ${area(now.releasedM2)}`],
  ];
  $('kpis').replaceChildren(...items.map(([name, value, note]) => h('li', {},
    h('span', { className: 'kpi-name' }, name), h('span', { className: 'kpi-value' }, value),
    h('span', { className: 'kpi-change' }, note))));
}

function chartIn(id, title) {
  const element = $(id);
  element.setAttribute('aria-label', title);
  return echarts.getInstanceByDom(element) ?? echarts.init(element, null, { renderer: 'canvas' });
}

function cityChart(points) {
  const title = '全市去化、释放与空置率 City take-up, released space and vacancy rate';
  chartIn('chart-city', title).setOption({
    title: { text: title, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { top: 24 },
    grid: { left: 70, right: 60, top: 64, bottom: 30 },
    xAxis: { type: 'category', data: points.map(p => p.period) },
    yAxis: [{ type: 'value', name: 'm²' }, { type: 'value', name: '%', axisLabel: { formatter: v => `${v}%` } }],
    series: [
      { name: '去化 Take-up', type: 'bar', data: points.map(p => p.takeUpM2), itemStyle: { color: '#1a9850' } },
      { name: '释放 Released', type: 'bar', data: points.map(p => p.releasedM2), itemStyle: { color: '#d73027' } },
      { name: '空置率 Vacancy rate', type: 'line', yAxisIndex: 1, data: points.map(p => +(p.vacancyRate * 100).toFixed(2)) },
    ],
  });
}

async function groupChart() {
  const group = $('trend-group').value;
  const figure = FIGURES[$('trend-figure').value];
  const key = $('trend-figure').value;
  const { series } = await trend(group);
  // the ten largest groups by stock, so that the lines stay readable
  const largest = [...series].sort((a, b) => b.points.at(-1).floorAreaM2 - a.points.at(-1).floorAreaM2).slice(0, 10);
  const title = `${figure.name} · ${$('trend-group').selectedOptions[0].textContent}（存量最大的 10 个 the 10 largest）`;
  const chart = chartIn('chart-groups', title);
  chart.clear();
  chart.setOption({
    title: { text: title, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: v => (key === 'vacancyRate' ? pct(v) : num(v, 2)) },
    legend: { type: 'scroll', top: 24 },
    grid: { left: 70, right: 30, top: 64, bottom: 30 },
    xAxis: { type: 'category', data: largest[0]?.points.map(p => p.period) ?? [] },
    yAxis: { type: 'value', axisLabel: { formatter: v => (key === 'vacancyRate' ? `${Math.round(v * 100)}%` : v) } },
    series: largest.map(s => ({
      name: s.name.split('（')[0], type: 'line', showSymbol: false,
      data: s.points.map(p => (p[key] === null ? null : figure.scale(p[key]))),
    })),
  });
}

async function drawMap() {
  const group = $('map-group').value;
  const index = Number($('map-month').value);
  const [{ series }, collection] = await Promise.all([trend(group), getJson(`/api/map/${group}s`)]);
  if (!vacancyMap) {
    const { map, cityBounds } = await createMap($('vacancy-map'), { ownTowns: false });
    map.fitBounds(cityBounds);
    vacancyMap = map;
  }
  const byCode = new Map(series.map(s => [s.code, s.points[index]]));
  const period = series[0]?.points[index]?.period ?? '';
  $('map-month-label').textContent = period;
  $('map-month').setAttribute('aria-valuetext', period);
  shapes?.remove();
  shapes = L.geoJSON(collection, {
    style: f => {
      const point = byCode.get(f.properties.code);
      return { color: '#37474f', weight: 1, fillOpacity: 0.75,
        fillColor: point && point.floorAreaM2 > 0 ? colour(point.vacancyRate) : '#cfd8dc' };
    },
    onEachFeature: (f, layer) => {
      const point = byCode.get(f.properties.code);
      const name = f.properties.name ?? f.properties.code;
      layer.bindTooltip(point && point.floorAreaM2 > 0
        ? `${name} · ${period} · 空置率 vacancy ${pct(point.vacancyRate)} · 空置 ${num(point.vacantAreaM2)} m²`
        : `${name} · ${period} · 无存量 no stock`);
    },
  }).addTo(vacancyMap);
  $('map-legend').textContent = `${period} 空置率 Vacancy rate: <5% 绿 green · 5–10% · 10–20% 黄 yellow · 20–30% · ≥30% 红 red; 灰 grey: 无存量 no stock`;
}

/** The city's and each park's 亩均 figures of the latest year: grade counts and mean tax and revenue per mu. */
async function efficiencyTable() {
  const [stats] = await Promise.all([getJson('/api/stats/efficiency'), loadReference()]);
  $('efficiency-year').textContent = `${stats.year} 年度 · ${stats.year}`;
  const row = (code, name, f) => h('tr', {},
    h('td', {}, code), h('td', {}, name), h('td', {}, num(f.occupants)), h('td', {}, num(f.evaluated)),
    h('td', {}, num(f.gradeA)), h('td', {}, num(f.gradeB)), h('td', {}, num(f.gradeC)), h('td', {}, num(f.gradeD)),
    h('td', {}, f.meanTaxPerMu == null ? '—' : num(f.meanTaxPerMu, 2)),
    h('td', {}, f.meanRevenuePerMu == null ? '—' : num(f.meanRevenuePerMu, 2)));
  $('efficiency-table').tBodies[0].replaceChildren(
    row('', '全市 City', stats.city),
    ...stats.parks.map(p => row(p.parkCode, parkName(p.parkCode), p)));
}

start();
