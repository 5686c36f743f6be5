import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/methods';
import { HOSTILE_KEYS, mutate, pathsOf, plausible } from './malformedPayloads';

// The fuzzer's own generator must never throw, whatever path and key fast-check picks: a
// throw there fails the fuzz run for a seed, not for a bug in the app. Every path of every
// method's plausible payload is tried with every key that can collide with a built-in
// property (an array's `length`, nested arrays whose parent is an array too).
describe('the malformed-payload generator', () => {
  const keys = [...HOSTILE_KEYS, 'length', '0'];
  for (const method of METHOD_NAMES) {
    it(`${method}: adding any key at any path gives a payload, never a throw`, () => {
      const input: z.ZodType = contract[method].input;
      const base = plausible(input);
      for (const path of [[], ...pathsOf(base)]) {
        for (const key of keys) {
          expect(() => mutate(base, path, { kind: 'addKey', key, value: 'x' })).not.toThrow();
        }
      }
    });
  }
});
