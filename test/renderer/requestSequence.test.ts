import { describe, expect, it } from 'vitest';
import { createRequestSequence, queryKey, requestOf } from '../../renderer/src/api/requestSequence';

describe('which answer may reach the screen', () => {
  it('only the newest request counts: an older answer arriving late is dropped', () => {
    const sequence = createRequestSequence();
    const slow = sequence.next();
    const fast = sequence.next();
    expect(sequence.isLatest(fast)).toBe(true);
    expect(sequence.isLatest(slow)).toBe(false);
  });

  it('after the view is gone (or its input changed) no answer counts, not even the newest', () => {
    const sequence = createRequestSequence();
    const pending = sequence.next();
    sequence.retireAll();
    expect(sequence.isLatest(pending)).toBe(false);
  });

  it('a request made after retiring counts again', () => {
    const sequence = createRequestSequence();
    sequence.next();
    sequence.retireAll();
    const fresh = sequence.next();
    expect(sequence.isLatest(fresh)).toBe(true);
  });
});

describe('the key of a question', () => {
  it('is the same for an equal input, whatever order its fields were written in', () => {
    expect(queryKey('plan.get', { unitId: 1, from: '2026-11-02', to: '2027-01-31' })).toBe(
      queryKey('plan.get', { to: '2027-01-31', from: '2026-11-02', unitId: 1 }),
    );
    expect(queryKey('x', { a: { c: 1, b: [{ e: 2, d: 3 }] } })).toBe(queryKey('x', { a: { b: [{ d: 3, e: 2 }], c: 1 } }));
  });

  it('differs when the method or any value differs', () => {
    const key = queryKey('staff.list', { unitId: 1, includeInactive: false });
    expect(queryKey('staff.list', { unitId: 1, includeInactive: true })).not.toBe(key);
    expect(queryKey('staff.list', { unitId: 2, includeInactive: false })).not.toBe(key);
    expect(queryKey('people.list', { unitId: 1, includeInactive: false })).not.toBe(key);
  });

  it('treats a field left undefined as a field left out, as JSON does on the way to the backend', () => {
    expect(queryKey('x', { a: 1, b: undefined })).toBe(queryKey('x', { a: 1 }));
  });

  it('gives back the method and the input it was made from', () => {
    const input = { unitId: 3, month: '2026-11' };
    expect(requestOf(queryKey('billing.status', input))).toEqual({ method: 'billing.status', input });
  });
});
