import { describe, expect, it } from 'vitest';
import { createPrefetchCache, PREFETCH_FRESH_MS, withPrefetch, type Call } from '../../renderer/src/api/prefetch';
import type { MethodInput } from '../../shared/api/contract';

/** A backend that counts what it is asked and answers each read with its count so far. */
function countingBackend() {
  const asked: string[] = [];
  let clock = 0;
  const send = ((method: string) => {
    asked.push(method);
    return Promise.resolve({ ok: true, value: asked.length });
  }) as unknown as Call;
  const api = withPrefetch(
    send,
    createPrefetchCache(() => clock),
  );
  return { api, asked, passTime: (ms: number) => (clock += ms) };
}

const week = { unitId: 1, week: '2027-W05' } as const;
/** The week recorded held: a write. */
const held: MethodInput<'sessions.recordHeld'> = {
  ...week,
  startTime: '14:00',
  durationMinutes: 30,
  location: 'office',
  chairIds: [1],
  attendeeIds: [1],
  guests: [],
};

describe('reads asked ahead of the view that needs them', () => {
  it('a prefetched read is what the view gets: the backend is asked once', async () => {
    const { api, asked } = countingBackend();
    api.prefetch('sessions.get', week);
    expect(await api.call('sessions.get', week)).toEqual({ ok: true, value: 1 });
    expect(asked).toEqual(['sessions.get']);
  });

  it('a prefetched answer serves one call once: asking again reads again', async () => {
    const { api, asked } = countingBackend();
    api.prefetch('sessions.get', week);
    await api.call('sessions.get', week);
    expect(await api.call('sessions.get', week)).toEqual({ ok: true, value: 2 });
    expect(asked).toHaveLength(2);
  });

  it('pointing at the same link twice asks once', async () => {
    const { api, asked } = countingBackend();
    api.prefetch('sessions.get', week);
    api.prefetch('sessions.get', { week: week.week, unitId: week.unitId });
    await api.call('sessions.get', week);
    expect(asked).toEqual(['sessions.get']);
  });

  it('a read prefetched before a save is read again after it (never what the save changed)', async () => {
    const { api, asked } = countingBackend();
    api.prefetch('sessions.get', week);
    await Promise.resolve();
    expect(api.peek('sessions.get', week)).toEqual({ ok: true, value: 1 });
    await api.call('sessions.recordHeld', held);
    expect(api.peek('sessions.get', week)).toBeNull();
    expect(await api.call('sessions.get', week)).toEqual({ ok: true, value: 3 });
    expect(asked).toEqual(['sessions.get', 'sessions.recordHeld', 'sessions.get']);
  });

  it('a read prefetched while a save runs is not used either', async () => {
    const { api, asked } = countingBackend();
    const saving = api.call('billing.markSent', { unitId: 1, month: '2027-01' });
    api.prefetch('plan.get', { unitId: 1, from: '2027-01-04', to: '2027-04-25' });
    await saving;
    await api.call('plan.get', { unitId: 1, from: '2027-01-04', to: '2027-04-25' });
    expect(asked).toEqual(['billing.markSent', 'plan.get', 'plan.get']);
  });

  it('an old prefetched answer is not used: a hover long before the click reads again', async () => {
    const { api, asked, passTime } = countingBackend();
    api.prefetch('sessions.get', week);
    await Promise.resolve();
    passTime(PREFETCH_FRESH_MS + 1);
    expect(api.peek('sessions.get', week)).toBeNull();
    await api.call('sessions.get', week);
    expect(asked).toHaveLength(2);
  });

  it('writes are never asked ahead', () => {
    const { api, asked } = countingBackend();
    api.prefetch('sessions.recordHeld', held);
    expect(asked).toEqual([]);
  });
});
