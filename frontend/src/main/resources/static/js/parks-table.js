// Lists the parks with their derived figures from /api/parks.
const fmt = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });

function cell(text, numeric) {
  const td = document.createElement('td');
  td.textContent = text;
  if (numeric) td.className = 'num';
  return td;
}

async function showParks() {
  const body = document.querySelector('#parks tbody');
  try {
    const response = await fetch('/api/parks');
    if (!response.ok) throw new Error(response.status);
    const parks = await response.json();
    body.replaceChildren(...parks.map(p => {
      const tr = document.createElement('tr');
      tr.append(cell(p.code), cell(p.name), cell(p.level), cell(fmt.format(p.floorAreaM2), true),
        cell(fmt.format(p.vacantAreaM2), true), cell(pct.format(p.vacancyRate), true),
        cell(fmt.format(p.availableLandMu), true));
      return tr;
    }));
  } catch (e) {
    body.replaceChildren();
    const tr = document.createElement('tr');
    tr.append(cell('无法加载园区列表 · Could not load the parks (' + e.message + ')'));
    body.append(tr);
  }
}

showParks();
