// Towns, parks and industries, loaded once and named in the current language.
import { getJson } from './api.js';
import { lang } from './i18n.js';

export const reference = { towns: [], parks: [], industries: [] };
const townByCode = new Map();
const parkByCode = new Map();
const industryByCode = new Map();

export async function loadReference() {
  // retired industries too, to name the data that still has them; pick lists offer the others only
  const [towns, parks, industries] = await Promise.all([
    getJson('/api/towns'), getJson('/api/parks'), getJson('/api/industries?retired=true')]);
  Object.assign(reference, { towns, parks, industries: industries.filter(x => !x.retired) });
  towns.forEach(x => townByCode.set(x.code, x));
  parks.forEach(x => parkByCode.set(x.code, x));
  industries.forEach(x => industryByCode.set(x.code, x));
}

export function townName(code) {
  const town = townByCode.get(code);
  if (!town) return code ?? '';
  return lang() === 'zh' ? town.name : town.nameEn;
}

export function parkName(code) {
  return parkByCode.get(code)?.name ?? code ?? '';
}

export function industryName(code) {
  const industry = industryByCode.get(code);
  if (!industry) return code;
  return lang() === 'zh' ? industry.name : industry.nameEn;
}

export function park(code) {
  return parkByCode.get(code);
}
