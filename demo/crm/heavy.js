/**
 * Heavy CRM pages for measuring what the content script costs the page (issue 15 item 11):
 * `/heavy.html?page=nodes`  one account plus a live queue grid, 55,000 nodes in all, one cell
 *                           changing every 10 ms;
 * `/heavy.html?page=remarks` one account plus a remarks box of 4,000 lines separated by `<br>`,
 *                           and a call timer ticking every second.
 * The account part follows the same page contract as the demo (the default packs' adapter reads it).
 */
import { ACCOUNTS, formatMoney } from './accounts.js';

const TARGET_NODES = 55_000;
const REMARK_LINES = 4_000;

function el(tag, attrs, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) element.setAttribute(key, value);
  for (const child of children) element.append(child);
  return element;
}

function fact(label, value) {
  return el('div', { class: 'fact' }, el('dt', null, label), el('dd', null, value));
}

function accountPart(account) {
  return el(
    'main',
    { id: 'account', 'data-account-key': account.key },
    el('h1', { id: 'customer-name' }, account.name),
    el('div', { id: 'account-flags', 'data-flags': account.flags.join(',') }, '无特殊标记'),
    el('div', { id: 'call-state', 'data-state': 'active' }, '通话中'),
    el('span', { id: 'call-timer' }, '通话时长 00:00'),
    el(
      'dl',
      { class: 'facts' },
      fact('账户编号', account.key),
      fact('逾期金额', formatMoney(account.overdueAmount)),
      fact('欠款总额', formatMoney(account.balance)),
      fact('逾期天数', `${account.dpd} 天`),
      fact('手机号码', account.phone),
      fact('所在地区', account.region),
      fact('当地时区', account.timezone),
      fact('困难客户', account.hardship ? '是' : '否'),
    ),
  );
}

/**
 * A live queue of rows × 5 cells (each cell and its text are two nodes) up to TARGET_NODES. Rows
 * of fixed size with CSS containment, as a CRM's virtualised grid would have: a cell's change
 * relays out its row, not a 5,000-row table, so the page alone keeps up with its 10 ms ticks.
 */
function nodesPage(view) {
  const body = el('div', { class: 'live-queue', id: 'live-queue' });
  view.append(body);
  // Each row is a div and 5 cells with a text each: 11 nodes.
  let nodes = 0;
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) nodes++;
  for (let i = 0; nodes < TARGET_NODES; i++, nodes += 11) {
    body.append(
      el(
        'div',
        { class: 'q-row' },
        ...['CC', '姓名', 'M1', '¥1,000.00', '待拨'].map((t) => el('span', null, `${t}${i}`)),
      ),
    );
  }
  const cells = body.getElementsByTagName('span');
  let tick = 0;
  setInterval(() => {
    tick++;
    const cell = cells[(tick * 7) % cells.length];
    if (cell) cell.textContent = `更新 ${tick}`;
  }, 10);
}

function remarksPage(view) {
  const box = el('div', { class: 'remarks', id: 'remarks-log' });
  for (let i = 0; i < REMARK_LINES; i++) {
    if (i > 0) box.append(el('br'));
    box.append(
      `2026-06-${String((i % 28) + 1).padStart(2, '0')} 坐席备注：客户称下周发工资后还款，第 ${i + 1} 条`,
    );
  }
  view.append(box);
  const timer = document.getElementById('call-timer');
  const started = Date.now();
  setInterval(() => {
    const s = Math.floor((Date.now() - started) / 1000);
    if (timer)
      timer.textContent = `通话时长 ${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  }, 1000);
}

const view = document.getElementById('view');
if (view) {
  view.append(accountPart(ACCOUNTS[0]));
  if (new URLSearchParams(location.search).get('page') === 'remarks') remarksPage(view);
  else nodesPage(view);
}
