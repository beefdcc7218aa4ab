/**
 * The 繁體 demo page's phone (traditional.html): the demo's call states, printed in 繁體. No ringing
 * step: the page is for reading 繁體, and a call the agent starts goes live at once, so nothing
 * here waits on a timer.
 */
import { setCallState } from './call.js';

const STATES = { idle: '空閒', ringing: '振鈴中', active: '通話中', ended: '已結束' };

document.getElementById('dial')?.addEventListener('click', () => setCallState('active', STATES));
document.getElementById('hang-up')?.addEventListener('click', () => setCallState('ended', STATES));
