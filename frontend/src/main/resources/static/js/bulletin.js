// The quarterly bulletin (季度报告, issue 15) as a page to print: the city's figures at the quarter's end
// and their change on the quarter before, eight quarters of vacancy, the largest changes, towns and
// parks; the same figures as the workbook of /api/stats/bulletin (both read the quarterly trend).
import { getJson } from './api.js';
import { $, h } from './dom.js';
import { num, pct } from './format.js';
import { pageHeader } from './header.js';
import { loadECharts } from './stats.js';
import { say, sayFailure } from './status.js';

const header = pageHeader({ page: 'bulletin', name: 'page.bulletin' });
const COLUMNS = [
  ['存量 m² Stock', p => num(p.floorAreaM2)],
  ['新增供应 m² New supply', p => num(p.newSupplyM2)],
  ['空置面积 m² Vacant', p => num(p.vacantAreaM2)],
  ['空置率 Vacancy rate', p => pct(p.vacancyRate)],
  ['去化 m² Take-up', p => num(p.takeUpM2)],
  ['释放 m² Released', p => num(p.releasedM2)],
  ['净吸纳 m² Net absorption', p => num(p.netAbsorptionM2)],
  ['平均租金 元/m²·月 Asking rent', p => num(p.avgAskingRentYuanM2Month, 2)],
  ['房源 Listings', p => num(p.listings)],
];

const quarterOf = (iso) => `${iso.slice(0, 4)}Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
const before = (q) => (q.endsWith('Q1') ? `${Number(q.slice(0, 4)) - 1}Q4` : `${q.slice(0, 5)}${Number(q.slice(5)) - 1}`);
const trend = (group, from, to) => getJson(`/api/stats/vacancy/trend?groupBy=${group}&interval=quarter&from=${from}&to=${to}`);

async function start() {
  await header.showSignedInUser();
  const asked = new URLSearchParams(location.search).get('quarter');
  $('quarter').value = asked ?? quarterOf(new Date().toISOString());
  $('show').addEventListener('click', () => { location.search = `?quarter=${encodeURIComponent($('quarter').value.trim())}`; });
  $('print').addEventListener('click', () => window.print());
  await show($('quarter').value.trim());
}

function table(id, head, rows) {
  $(id).tHead.replaceChildren(h('tr', {}, ...head.map(text => h('th', { scope: 'col' }, text))));
  $(id).tBodies[0].replaceChildren(...rows.map(cells => h('tr', {}, ...cells.map(text => h('td', {}, text)))));
}

async function show(quarter) {
  try {
    const previous = before(quarter);
    const [city, eight, towns, parks, echarts] = await Promise.all([
      trend('city', previous, quarter), trend('city', before(before(before(before(before(before(previous)))))), quarter),
      trend('town', previous, quarter), trend('park', previous, quarter), loadECharts()]);
    $('download').href = `/api/stats/bulletin?quarter=${encodeURIComponent(quarter)}`;
    $('bulletin-title').textContent = `${quarter} 季度报告 · Quarterly bulletin ${quarter}`;
    const [was, now] = city.series[0].points;
    $('freshness').textContent = `示例数据，非官方数据 Sample data, not official · 口径见 docs/statistics.md Definitions in docs/statistics.md`;
    table('city', ['指标 Figure', now.period, was.period],
      COLUMNS.map(([name, f]) => [name, f(now), f(was)]));
    const rows = (series) => series.map(s => [s.code, s.name, ...COLUMNS.map(([, f]) => f(s.points[1]))]);
    const head = ['代码 Code', '名称 Name', ...COLUMNS.map(([name]) => name)];
    const all = [...towns.series, ...parks.series]
      .sort((a, b) => Math.abs(b.points[1].netAbsorptionM2) - Math.abs(a.points[1].netAbsorptionM2)).slice(0, 10);
    table('largest', head, rows(all));
    table('towns', head, rows(towns.series));
    table('parks', head, rows(parks.series));
    const points = eight.series[0].points;
    const title = '全市空置率与净吸纳 City vacancy rate and net absorption';
    const element = $('chart-quarters');
    element.setAttribute('aria-label', title);
    (echarts.getInstanceByDom(element) ?? echarts.init(element)).setOption({
      title: { text: title, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { top: 24 },
      grid: { left: 70, right: 60, top: 64, bottom: 30 },
      xAxis: { type: 'category', data: points.map(p => p.period) },
      yAxis: [{ type: 'value', name: 'm²' }, { type: 'value', name: '%' }],
      series: [
        { name: '净吸纳 Net absorption', type: 'bar', data: points.map(p => p.netAbsorptionM2) },
        { name: '空置率 Vacancy rate', type: 'line', yAxisIndex: 1, data: points.map(p => +(p.vacancyRate * 100).toFixed(2)) },
      ],
    });
    say('');
  } catch (e) {
    sayFailure(e);
  }
}

start();
