// Building elements: h('button', { type: 'button', className: 'small', onclick: fn }, 'text', child, …).
// A name the element has as a writable property is set as one (className, textContent, htmlFor, ariaLabel,
// colSpan, checked, value…); any other name is an attribute ('aria-label', 'data-x', 'tabindex', 'list').
// Listeners are on… functions; dataset is an object. null, undefined and false leave a name or child out.
export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  Object.entries(attributes ?? {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (writable(el, name)) {
      el[name] = value;
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

function writable(el, name) {
  for (let proto = el; proto; proto = Object.getPrototypeOf(proto)) {
    const property = Object.getOwnPropertyDescriptor(proto, name);
    if (property) return Boolean(property.set || property.writable);
  }
  return false;
}

/** The element with this id. */
export const $ = id => document.getElementById(id);

/** A definition list from [term, description] pairs, skipping null rows. */
export function facts(rows) {
  return h('dl', {}, rows.filter(Boolean).flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

// A select keeps a value its options no longer offer, such as a retired industry a record still has,
// so that saving the form does not drop it.
export function keepOption(select, value, label) {
  if (value && ![...select.options].some((o) => o.value === value)) {
    select.append(h('option', { value, textContent: label ?? value }));
  }
}
