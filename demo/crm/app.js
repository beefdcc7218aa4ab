/**
 * 催收作业平台 — a demo collection CRM for trying Call Assist without a real bank system.
 * A single-page app: account links use history.pushState (no reload), tabs use #hash, and
 * the page follows the contract the default packs' adapter reads (see test/fixtures/crm/).
 * Every text goes in with textContent / text nodes; nothing is ever parsed as HTML.
 */
import { ACCOUNTS, bucketOf, FLAG_NAMES, formatMoney } from './accounts.js';
import { AGENT, callBox, contactsPanel, resetCall, setCallState } from './call.js';
import { clockText, h, table, today } from './dom.js';

const TABS = [
  ['repayments', '还款记录'],
  ['contacts', '联系记录'],
  ['remarks', '备注'],
];

function accountPath(key) {
  return `/accounts/${encodeURIComponent(key)}`;
}

function findAccount(key) {
  return ACCOUNTS.find((account) => account.key === key) ?? null;
}

// ---- The call: 空闲 → 振铃中 → 通话中 → 已结束 ---------------------------------------------------

// ---- Pieces of the page ---------------------------------------------------------------------

function fact(label, value) {
  return h('div', { class: 'fact' }, h('dt', null, label), h('dd', null, value));
}

function facts(account) {
  const rows = [fact('账户编号', account.key)];
  const money = (label, fen, shown) => {
    if (shown !== undefined) rows.push(fact(label, shown));
    else if (fen !== undefined) rows.push(fact(label, formatMoney(fen)));
  };
  const shown = account.shown ?? {};
  money('逾期金额', account.overdueAmount);
  money('欠款总额', account.balance);
  // Principal and interest-and-fees: a settlement may waive only the latter (issue 13 §3).
  if (account.principal !== undefined && account.balance !== undefined) {
    money('本金', account.principal);
    money('利息和费用', account.balance - account.principal);
  }
  money('最低还款额', account.minimumDue, shown.minimumDue);
  if (shown.dpd !== undefined) rows.push(fact('逾期天数', shown.dpd));
  else if (account.dpd !== undefined) rows.push(fact('逾期天数', `${account.dpd} 天`));
  if (account.dueDate) rows.push(fact('到期还款日', account.dueDate));
  if (account.phone) rows.push(fact('手机号码', account.phone));
  if (account.region) rows.push(fact('所在地区', account.region));
  if (account.timezone) rows.push(fact('当地时区', account.timezone));
  rows.push(fact('困难客户', account.hardship ? '是' : '否'));
  if (account.brokenPromises !== undefined) rows.push(fact('跳票次数', String(account.brokenPromises)));
  // The institution's own counters (issue 12 §4); an account nobody dialled today shows zeros.
  const counts = account.counts ?? { attemptsToday: 0, attempts7d: 0, connectsToday: 0 };
  rows.push(fact('今日拨打次数', String(counts.attemptsToday)));
  rows.push(fact('近7天拨打次数', String(counts.attempts7d)));
  rows.push(fact('今日接通次数', String(counts.connectsToday)));
  rows.push(fact('最近通话日期', counts.lastConversation ?? '无'));
  // Every account shows these, as a real CRM would: absent values read as 无 / 否, not as missing.
  rows.push(fact('第三方拒接号码', account.tpNoContact ? account.tpNoContact.join(', ') : '无'));
  rows.push(fact('单位电话', account.workPhone ? account.workPhone.join(', ') : '无'));
  rows.push(fact('分期是否违约', account.planInDefault ? '是' : '否'));
  if (account.cardLast4) rows.push(fact('卡号后四位', account.cardLast4));
  if (account.product) rows.push(fact('卡产品', account.product));
  rows.push(fact('证件号码', account.idMasked));
  rows.push(fact('信用额度', formatMoney(account.creditLimit)));
  rows.push(fact('账单日', `每月 ${account.statementDay} 日`));
  return h('dl', { class: 'facts' }, rows);
}

function flagsBox(account) {
  const names = account.flags.map((flag) => FLAG_NAMES[flag] ?? flag);
  return h(
    'div',
    {
      id: 'account-flags',
      class: names.length ? 'flags has-flags' : 'flags',
      'data-flags': account.flags.join(','),
    },
    names.length ? names.join(' · ') : '无特殊标记',
  );
}

function repaymentsPanel(account) {
  return table(
    '近期还款',
    ['日期', '金额', '渠道', '状态'],
    account.repayments.map((r) => [r.date, formatMoney(r.amount), r.channel, r.status]),
    '近 6 个月无还款记录',
  );
}

function remarksPanel(account) {
  account.savedRemarks ??= [];
  const list = h('ol', { class: 'remarks' });
  const renderList = () => {
    list.replaceChildren(
      ...account.savedRemarks.map((r) =>
        h('li', null, h('span', { class: 'remark-meta' }, `${r.at} ${r.agent}`), h('span', null, r.text)),
      ),
    );
  };
  renderList();
  const box = h('textarea', {
    id: 'crm-remark',
    rows: 3,
    placeholder: '记录本次沟通要点（系统备注，全员可见）',
  });
  const save = (event) => {
    event.preventDefault();
    const text = box.value.trim();
    if (!text) return;
    account.savedRemarks.unshift({ at: clockText(new Date()), agent: AGENT.name, text });
    box.value = '';
    renderList();
  };
  return h(
    'div',
    null,
    account.remark
      ? h('p', { class: 'standing-remark' }, h('strong', null, '账户备注：'), account.remark)
      : null,
    h(
      'form',
      { class: 'remark-form', onSubmit: save },
      h('label', { for: 'crm-remark' }, '新增备注'),
      box,
      h('button', { type: 'submit' }, '保存备注'),
    ),
    list,
  );
}

function tabsFor(account) {
  const panels = { repayments: repaymentsPanel, contacts: contactsPanel, remarks: remarksPanel };
  return [
    h(
      'nav',
      { class: 'tabs', role: 'tablist', 'aria-label': '账户详情' },
      TABS.map(([id, label]) =>
        h('a', { href: `#${id}`, role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}` }, label),
      ),
    ),
    TABS.map(([id]) =>
      h(
        'section',
        { id: `panel-${id}`, role: 'tabpanel', 'aria-labelledby': `tab-${id}`, class: 'panel' },
        panels[id](account),
      ),
    ),
  ];
}

function currentTab() {
  const id = location.hash.slice(1);
  return TABS.some(([tab]) => tab === id) ? id : TABS[0][0];
}

function showTab() {
  const active = currentTab();
  for (const [id] of TABS) {
    const tab = document.getElementById(`tab-${id}`);
    const panel = document.getElementById(`panel-${id}`);
    if (tab) tab.setAttribute('aria-selected', String(id === active));
    if (panel) panel.hidden = id !== active;
  }
}

function nextAccount(account) {
  const index = ACCOUNTS.indexOf(account);
  return ACCOUNTS[(index + 1) % ACCOUNTS.length];
}

function accountPage(account) {
  const next = nextAccount(account);
  return h(
    'main',
    { id: 'account', 'data-account-key': account.key },
    h(
      'div',
      { class: 'account-head' },
      h(
        'div',
        { class: 'who' },
        h('h1', { id: 'customer-name' }, account.name),
        h('span', { class: 'account-key' }, account.key),
        h('span', { class: 'bucket' }, account.dpd === undefined ? '账龄未知' : bucketOf(account.dpd)),
        flagsBox(account),
      ),
      callBox(account),
      h('a', { href: accountPath(next.key), 'data-nav': '', class: 'next' }, `下一户：${next.name} →`),
    ),
    h('section', { class: 'summary', 'aria-label': '账户概要' }, h('h2', null, '账户概要'), facts(account)),
    tabsFor(account),
  );
}

function welcomePage() {
  return h(
    'main',
    { id: 'welcome' },
    h('h1', null, '今日作业'),
    h('p', null, `队列共 ${ACCOUNTS.length} 户，请从左侧选择账户开始外呼。`),
    h(
      'ul',
      { class: 'tips' },
      h('li', null, '外呼前请核对客户当地时间及特殊标记。'),
      h('li', null, '全程录音，请规范用语。'),
    ),
  );
}

function notFoundPage(key) {
  return h(
    'main',
    { id: 'not-found' },
    h('h1', null, '未找到账户'),
    h('p', null, `账户编号 ${key} 不在当前队列中。`),
    h('a', { href: '/', 'data-nav': '' }, '返回待拨队列'),
  );
}

// ---- The queue on the left --------------------------------------------------------------------

function queueItem(account) {
  return h(
    'li',
    { 'data-key': account.key },
    h(
      'a',
      { href: accountPath(account.key), 'data-nav': '' },
      h('span', { class: 'q-name' }, account.name),
      h('span', { class: 'q-bucket' }, account.dpd === undefined ? '--' : bucketOf(account.dpd)),
      h(
        'span',
        { class: 'q-amount' },
        account.overdueAmount === undefined ? '--' : formatMoney(account.overdueAmount),
      ),
      account.flags.length ? h('span', { class: 'q-flag', title: '特殊标记' }, '!') : null,
    ),
  );
}

function renderQueue() {
  const list = document.getElementById('account-list');
  if (!list) return;
  list.replaceChildren(...ACCOUNTS.map(queueItem));
  const filter = document.getElementById('queue-filter');
  filter?.addEventListener('input', () => {
    const q = filter.value.trim().toLowerCase();
    for (const item of list.children) {
      const account = findAccount(item.dataset.key);
      item.hidden = q !== '' && !`${account.name}${account.key}`.toLowerCase().includes(q);
    }
  });
}

function markCurrent(key) {
  for (const link of document.querySelectorAll('#account-list a')) {
    if (link.closest('li').dataset.key === key) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

// ---- Routing ----------------------------------------------------------------------------------

let renderedPath = null;

/**
 * `?render=two-step` on first load: an account switch shows the new key and name at once and the
 * amounts a moment later, the old account's figures still on screen in between, as some real
 * CRMs do (issue 15 item 10: the panel must never take that for one account).
 */
const TWO_STEP = new URLSearchParams(location.search).get('render') === 'two-step';
const TWO_STEP_MS = 30;
let secondStep = 0;

function showAccount(view, account) {
  clearTimeout(secondStep);
  const shown = view.querySelector('#account');
  if (TWO_STEP && shown) {
    shown.setAttribute('data-account-key', account.key);
    const name = shown.querySelector('#customer-name');
    if (name) name.textContent = account.name;
    secondStep = setTimeout(() => {
      view.replaceChildren(accountPage(account));
      setCallState('idle');
      showTab();
    }, TWO_STEP_MS);
    return;
  }
  view.replaceChildren(accountPage(account));
}

function route() {
  // A hash change on the same account only switches tabs; the call in progress stays.
  if (location.pathname === renderedPath) {
    showTab();
    return;
  }
  renderedPath = location.pathname;
  resetCall();
  const view = document.getElementById('view');
  const match = /^\/accounts\/([^/]+)\/?$/.exec(location.pathname);
  let key = null;
  if (match) {
    try {
      key = decodeURIComponent(match[1]);
    } catch {
      key = match[1];
    }
  }
  const account = key ? findAccount(key) : null;
  if (account) {
    showAccount(view, account);
    setCallState('idle');
    showTab();
    document.title = `${account.name} · 催收作业平台`;
  } else if (key) {
    clearTimeout(secondStep);
    view.replaceChildren(notFoundPage(key));
    document.title = '未找到账户 · 催收作业平台';
  } else {
    clearTimeout(secondStep);
    view.replaceChildren(welcomePage());
    document.title = '催收作业平台';
  }
  markCurrent(account ? account.key : null);
}

function onLinkClick(event) {
  const link = event.target instanceof Element ? event.target.closest('a[data-nav]') : null;
  if (!link || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href'), location.href);
  if (url.pathname + url.hash !== location.pathname + location.hash) history.pushState(null, '', url);
  route();
}

export function startDemoCrm() {
  const agent = document.getElementById('agent');
  if (agent) agent.textContent = `坐席：${AGENT.name}（工号 ${AGENT.id}）`;
  const date = document.getElementById('work-date');
  if (date) date.textContent = `作业日期 ${today()}`;
  renderQueue();
  document.addEventListener('click', onLinkClick);
  window.addEventListener('popstate', route);
  window.addEventListener('hashchange', route);
  route();
}

startDemoCrm();
