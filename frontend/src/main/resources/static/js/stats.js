// The statistics view: vacancy rate and vacant area by town or by park, drawn with ECharts (loaded on first use).
import { getJson, message } from './api.js';
import { lang, t } from './i18n.js';
import { num, pct } from './format.js';
import { townName } from './reference.js';

const ECHARTS_URL = '/webjars/echarts/dist/echarts.min.js';
let echartsLoading;

export function loadECharts() {
  echartsLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = ECHARTS_URL;
    script.onload = () => resolve(window.echarts);
    script.onerror = () => reject(new Error(ECHARTS_URL));
    document.head.append(script);
  });
  return echartsLoading;
}

export class StatsView {
  constructor() {
    this.dialog = document.querySelector('#stats');
    this.summary = this.dialog.querySelector('.stats-summary');
    this.groupBy = 'town';
    this.charts = [];
    this.dialog.querySelector('#stats-close').addEventListener('click', () => this.dialog.close());
    this.dialog.querySelectorAll('input[name=groupBy]').forEach(radio => radio.addEventListener('change', () => {
      this.groupBy = radio.value;
      this.load();
    }));
    window.addEventListener('resize', () => this.charts.forEach(c => c.resize()));
  }

  async open() {
    this.dialog.showModal();
    await this.load();
  }

  isOpen() {
    return this.dialog.open;
  }

  async load() {
    this.summary.textContent = t('detail.loading');
    try {
      const other = this.groupBy === 'town' ? 'park' : 'town';
      const [echarts, data, otherData] = await Promise.all([loadECharts(),
        getJson(`/api/stats/vacancy?groupBy=${this.groupBy}`), getJson(`/api/stats/vacancy?groupBy=${other}`)]);
      this.data = data;
      this.totals = { [this.groupBy]: data, [other]: otherData };
      this.echarts = echarts;
      this.render();
    } catch (e) {
      this.summary.textContent = t('stats.failed', { message: message(e) });
    }
  }

  render() {
    if (!this.data || !this.dialog.open) return;
    const items = this.data.items.filter(i => i.floorAreaM2 > 0);
    const floor = items.reduce((s, i) => s + i.floorAreaM2, 0);
    const vacant = items.reduce((s, i) => s + i.vacantAreaM2, 0);
    this.summary.textContent = this.summaryText(floor, vacant);
    const name = i => (this.data.groupBy === 'town' ? townName(i.code) : i.name.split('（')[0]);
    const group = t(this.data.groupBy === 'town' ? 'stats.groupTown' : 'stats.groupPark');
    this.draw('#chart-rate', t('stats.chartRate', { group }), [...items].sort((a, b) => a.vacancyRate - b.vacancyRate),
      name, i => +(i.vacancyRate * 100).toFixed(1), v => `${v}%`, '#f03b20');
    this.draw('#chart-area', t('stats.chartArea', { group }), [...items].sort((a, b) => a.vacantAreaM2 - b.vacantAreaM2),
      name, i => +(i.vacantAreaM2 / 1e4).toFixed(2), v => num(v, 2), '#0b5cad');
  }

  /**
   * The totals, with the difference between by town (every building) and by park (those in the parks)
   * named: the buildings outside the parks.
   */
  summaryText(floor, vacant) {
    const sum = data => data.items.reduce((s, i) => s + i.floorAreaM2, 0);
    const city = sum(this.totals.town);
    const parks = sum(this.totals.park);
    const wan = v => num(v / 1e4, 1);
    const values = {
      floor: wan(floor), vacant: wan(vacant), rate: pct(vacant / floor),
      city: wan(city), parks: wan(parks), outside: wan(city - parks),
      count: this.totals.park.items.length,
    };
    return t(this.data.groupBy === 'town' ? 'stats.summary' : 'stats.summaryParks', values);
  }

  draw(selector, title, items, name, value, format, colour) {
    const element = this.dialog.querySelector(selector);
    element.setAttribute('aria-label', title);
    let chart = this.echarts.getInstanceByDom(element);
    if (!chart) {
      chart = this.echarts.init(element, null, { renderer: 'canvas' });
      this.charts.push(chart);
    }
    chart.setOption({
      title: { text: title, textStyle: { fontSize: 14 } },
      grid: { left: lang() === 'zh' ? 110 : 150, right: 50, top: 36, bottom: 20 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format },
      xAxis: { type: 'value', axisLabel: { formatter: format } },
      yAxis: { type: 'category', data: items.map(name), axisLabel: { fontSize: 11, interval: 0 } },
      series: [{ type: 'bar', data: items.map(value), itemStyle: { color: colour },
        label: { show: true, position: 'right', fontSize: 10, formatter: p => format(p.value) } }],
    }, true);
  }
}
