/** Small DOM and text helpers of the demo CRM (every text goes in as a text node, never as HTML). */

/**
 * Builds an element. `props` keys: `class`, `on<Event>` handlers, anything else an attribute
 * (skipped when null/false). Children: nodes, strings (as text), arrays, null/false (skipped).
 */
export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2).toLowerCase(), value);
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function pad2(n) {
  return String(n).padStart(2, '0');
}

export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

export function clockText(date) {
  return `${today()} ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

export function maskPhone(phone) {
  const digits = phone.replace(/\D/g, '');
  return digits.length < 7 ? phone : `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

export function table(caption, headers, rows, empty) {
  if (rows.length === 0) return h('p', { class: 'empty' }, empty);
  return h(
    'table',
    { class: 'grid' },
    h('caption', null, caption),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        headers.map((text) => h('th', { scope: 'col' }, text)),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map((cells) =>
        h(
          'tr',
          null,
          cells.map((text) => h('td', null, text)),
        ),
      ),
    ),
  );
}
