// Numbers, percentages and dates as people in either language read them; unknown values say so.
import { lang, t } from './i18n.js';

const formats = new Map();

function nf(digits, style) {
  const key = `${lang()}|${digits}|${style}`;
  if (!formats.has(key)) {
    formats.set(key, new Intl.NumberFormat(lang() === 'zh' ? 'zh-CN' : 'en-GB',
      { maximumFractionDigits: digits, style }));
  }
  return formats.get(key);
}

export function num(value, digits = 0) {
  return value === null || value === undefined ? t('value.unknown') : nf(digits, 'decimal').format(value);
}

/** A quantity with its unit key, e.g. qty(2000, 'unit.m2') → "2,000 m²". */
export function qty(value, unitKey, digits = 0) {
  return value === null || value === undefined ? t('value.unknown') : `${num(value, digits)} ${t(unitKey)}`;
}

export function pct(value) {
  return value === null || value === undefined ? t('value.unknown') : nf(1, 'percent').format(value);
}

export function day(iso) {
  return iso ? iso.slice(0, 10) : t('value.unknown');
}

export function floors(from, to) {
  return from === to ? t('results.floor', { from }) : t('results.floors', { from, to });
}

/** Items joined as each language lists them: 东城街道、南城街道 or Dongcheng, Nancheng. */
export function list(items) {
  return items.join(lang() === 'zh' ? '、' : ', ');
}

/** 在建 · 预计 <date> 可用 for a building under construction or a unit in one (future supply); else null. */
export function futureText(item) {
  return item?.underConstruction
    ? `${t('badge.future')} · ${t('badge.futureDate', { date: item.expectedCompletion })}` : null;
}

/**
 * When a unit can be moved into: a vacant one now, unless a later date is set; a let or reserved one
 * only from a coming date (its occupant's move-out), else not at all: never "now".
 */
export function availability(unit, today = new Date().toLocaleDateString('sv-SE')) {
  const later = unit.availableFrom && unit.availableFrom > today ? unit.availableFrom : null;
  return later ?? t(unit.status === 'VACANT' ? 'value.now' : 'value.notAvailable');
}
