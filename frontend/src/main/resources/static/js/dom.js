// A small element builder: h('button', { type: 'button', onclick: fn }, 'text', child, …).
export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  Object.entries(attributes ?? {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'className') {
      el.className = value;
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach(child => {
    if (child === undefined || child === null || child === false) return;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return el;
}

/** A definition list from [term, description] pairs, skipping null rows. */
export function facts(rows) {
  return h('dl', {}, rows.filter(Boolean).flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}
