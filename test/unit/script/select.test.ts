import { selectSegment } from '@/lib/script/select';
import { contextWith, pack } from './script-fixture';

describe('segment selection', () => {
  it('takes the first segment whose condition holds and says why, in the CRM’s words', () => {
    const selection = selectSegment(pack, contextWith({ dpd: 75, hardship: false }));
    expect(selection?.segment.id).toBe('late');
    expect(selection?.reason).toBe('逾期天数 75，不少于 61');
    expect(selection?.byHand).toBe(false);
  });

  it('puts hardship before lateness because it comes first', () => {
    expect(selectSegment(pack, contextWith({ dpd: 75, hardship: true }))?.segment.id).toBe('hardship');
  });

  it('falls through to the catch-all', () => {
    expect(selectSegment(pack, contextWith({ dpd: 12 }))?.segment.id).toBe('early');
  });

  it('selects nothing when no condition holds (no account)', () => {
    expect(selectSegment(pack, null)).toBeNull();
  });

  it('honours the agent’s switch, and ignores an unknown one', () => {
    const context = contextWith({ dpd: 12 });
    expect(selectSegment(pack, context, 'late')).toMatchObject({
      segment: { id: 'late' },
      byHand: true,
      reason: '',
    });
    expect(selectSegment(pack, context, 'nope')?.segment.id).toBe('early');
  });
});
