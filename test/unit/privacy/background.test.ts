import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ensureRetentionAlarm,
  purgeLogItem,
  RETENTION_ALARM,
  recordPurge,
} from '../../../lib/background/privacy';

beforeEach(() => fakeBrowser.reset());

describe('the retention alarm (issue 16 §9)', () => {
  it('is created once: a service-worker restart keeps the existing alarm and its schedule', async () => {
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await ensureRetentionAlarm();
    const first = await fakeBrowser.alarms.get(RETENTION_ALARM);
    expect(first?.periodInMinutes).toBe(24 * 60);
    await ensureRetentionAlarm();
    await ensureRetentionAlarm();
    expect(create).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });
});

describe('the purge log', () => {
  it('keeps the newest purges first, at most 30', async () => {
    for (let i = 0; i < 35; i += 1) {
      await recordPurge({
        at: i,
        outcome: 'purged',
        deleted: { calls: i, notes: 0, drafts: 0 },
        notesDays: 30,
        callsDays: 90,
      });
    }
    const log = await purgeLogItem.getValue();
    expect(log).toHaveLength(30);
    expect(log[0]?.at).toBe(34);
    expect(log.at(-1)?.at).toBe(5);
  });
});
