/**
 * The 繁體 demo page's phone (traditional.html): 空閒 → 通話中 → 已結束, as the demo's call.js in
 * simplified. No ringing step: the page is for reading 繁體, and a call the agent starts goes live
 * at once, so nothing here waits on a timer.
 */
const STATES = { idle: '空閒', active: '通話中', ended: '已結束' };

function setCallState(state) {
  const box = document.getElementById('call-state');
  if (box) {
    box.textContent = STATES[state];
    box.dataset.state = state;
  }
  const dial = document.getElementById('dial');
  const hangUp = document.getElementById('hang-up');
  if (dial) dial.disabled = state === 'active';
  if (hangUp) hangUp.disabled = state !== 'active';
}

document.getElementById('dial')?.addEventListener('click', () => setCallState('active'));
document.getElementById('hang-up')?.addEventListener('click', () => setCallState('ended'));
