/**
 * The demo CRM's phone: 空闲 → 振铃中 → 通话中 → 已结束, and the contact log each dial writes to,
 * as a real CRM shows them (the default packs' adapter reads #call-state and the contact history).
 */
import { clockText, h, maskPhone, pad2, table } from './dom.js';

export const CALL_STATES = { idle: '空闲', ringing: '振铃中', active: '通话中', ended: '已结束' };
const RING_MS = 1000;
export const AGENT = { name: '李娜', id: 'A1024' };

export const call = {
  state: 'idle',
  startedAt: 0,
  endedAt: 0,
  ringTimer: 0,
  tickTimer: 0,
  account: null,
  row: null,
};

export function stopCallTimers() {
  clearTimeout(call.ringTimer);
  clearInterval(call.tickTimer);
}

/** `names`: what the CRM prints for each state (the 繁體 page passes its own, traditional.js). */
export function setCallState(state, names = CALL_STATES) {
  call.state = state;
  const box = document.getElementById('call-state');
  if (box) {
    box.textContent = names[state];
    box.dataset.state = state;
  }
  const dial = document.getElementById('dial');
  const hangUp = document.getElementById('hang-up');
  if (dial) dial.disabled = state === 'ringing' || state === 'active';
  if (hangUp) hangUp.disabled = !(state === 'ringing' || state === 'active');
  renderCallTimer();
}

export function renderCallTimer() {
  const timer = document.getElementById('call-timer');
  if (!timer) return;
  if (call.state !== 'active' && call.state !== 'ended') {
    timer.textContent = '';
    return;
  }
  const seconds = Math.floor(((call.state === 'active' ? Date.now() : call.endedAt) - call.startedAt) / 1000);
  timer.textContent = `通话时长 ${pad2(Math.floor(seconds / 60))}:${pad2(seconds % 60)}`;
}

export function dial(account) {
  stopCallTimers();
  setCallState('ringing');
  call.ringTimer = setTimeout(() => {
    call.startedAt = Date.now();
    setCallState('active');
    call.tickTimer = setInterval(renderCallTimer, 1000);
  }, RING_MS);
  call.account = account;
  call.row = addContactRow(account, { result: '外呼中' });
}

export function hangUp() {
  const wasActive = call.state === 'active';
  stopCallTimers();
  call.endedAt = Date.now();
  if (!wasActive) call.startedAt = call.endedAt;
  setCallState('ended');
  if (call.row && call.account) {
    call.row.result = wasActive ? '已接通' : '未接通';
    refreshContacts(call.account);
  }
}

export function resetCall() {
  stopCallTimers();
  call.row = null;
  call.account = null;
  call.state = 'idle';
  call.startedAt = 0;
  call.endedAt = 0;
}

export function callBox(account) {
  return h(
    'div',
    { class: 'call-box', role: 'group', 'aria-label': '通话' },
    h('span', { class: 'call-label' }, '通话状态'),
    h('div', { id: 'call-state', 'data-state': call.state, role: 'status' }, CALL_STATES[call.state]),
    h('span', { id: 'call-timer', class: 'call-timer' }),
    h('button', { id: 'dial', type: 'button', class: 'primary', onClick: () => dial(account) }, '拨打'),
    h('button', { id: 'hang-up', type: 'button', class: 'danger', disabled: true, onClick: hangUp }, '挂断'),
  );
}

export function contactsPanel(account) {
  const number = account.phone ? maskPhone(account.phone) : '--';
  return h(
    'div',
    { id: 'contact-history' },
    table(
      '联系记录',
      ['时间', '方式', '号码', '结果', '坐席', '摘要'],
      account.contacts.map((c) => [
        c.at,
        c.channel,
        c.channel.startsWith('电话') ? number : '--',
        c.result,
        c.agent,
        c.note,
      ]),
      '暂无联系记录',
    ),
  );
}

/** Logs the dial attempt the way a CRM does, at the top of the contact history. */
export function addContactRow(account, { result }) {
  const row = { at: clockText(new Date()), channel: '电话外呼', result, agent: AGENT.name, note: '本次外呼' };
  account.contacts.unshift(row);
  refreshContacts(account);
  return row;
}

export function refreshContacts(account) {
  const panel = document.getElementById('contact-history');
  if (panel) panel.replaceWith(contactsPanel(account));
}
