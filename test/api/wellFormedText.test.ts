import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api/result';
import { translate } from '../../shared/i18n/translate';
import { startWebServer } from '../../electron/web/server';
import { dumpDatabase } from '../store/testDatabase';
import { AGENDA, CASE_FIELDS, seedUnit, startTestBackend, type TestBackend } from './testBackend';

// Half of a surrogate pair cannot be stored as UTF-8: SQLite would keep U+FFFD instead.
// So the call is refused, with the field named, before anything is written.

type Seed = Awaited<ReturnType<typeof seedUnit>>;

let test: TestBackend;
let seed: Seed;
beforeEach(async () => {
  test = await startTestBackend('2026-05-01');
  seed = await seedUnit(test);
});
afterEach(() => test.close());

const refusal = (field: string) => ({
  ok: false,
  error: { code: 'VALIDATION', message: translate('error.validation'), fields: { [field]: translate('validation.textNotWellFormed') } },
});

describe('text that is not well-formed Unicode', () => {
  it.each([
    ['a high surrogate alone', 'Fallrisk \ud83d'],
    ['a low surrogate alone', '\ude00 Fallrisk'],
    ['two halves in the wrong order', 'Fallrisk \ude00\ud83d'],
  ])('is refused next to its field, and nothing is written: %s', async (_case, notes) => {
    const { unit, records } = seed;
    const before = dumpDatabase(test.db);
    const result = await test.send('cases.save', { unitId: unit.id, week: records.week, id: records.caseId, case: { ...CASE_FIELDS, notes } });
    expect(result).toEqual(refusal('case.notes'));
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('is refused deep in a list, with the path to it', async () => {
    const { unit, records } = seed;
    const subGoals = ['Gå till köket', 'Klä på sig \udfff'];
    const result = await test.send('cases.save', { unitId: unit.id, week: records.week, id: null, case: { ...CASE_FIELDS, subGoals } });
    expect(result).toEqual(refusal('case.subGoals.1'));
  });

  it('is refused in a key too, named by the object that holds it', async () => {
    const { unit, records } = seed;
    const result = await test.send('sessions.saveAgenda', { unitId: unit.id, week: records.week, agenda: { ...AGENDA, ['x\ud800']: '' } });
    expect(result).toEqual(refusal('agenda'));
  });

  it('is refused as the whole input, even where the contract would refuse it anyway', async () => {
    expect(await test.send('units.list', '\ud800')).toEqual(refusal('_'));
  });

  it('is refused when it comes as a JSON escape over HTTP, and nothing is written', async () => {
    const { unit, records } = seed;
    const server = await startWebServer({ backend: test.backend, staticDir: test.folder.dir, port: 0, token: 'token' });
    try {
      const before = dumpDatabase(test.db);
      const body = JSON.stringify({ unitId: unit.id, week: records.week, agenda: { ...AGENDA, dilemmas: 'Stress \ud83d' } });
      expect(body).toContain('\\ud83d');
      const answer = await fetch(`${server.url}api/sessions.saveAgenda`, {
        method: 'POST',
        headers: { authorization: 'Bearer token', 'content-type': 'application/json' },
        body,
      });
      expect((await answer.json()) as Result<unknown>).toEqual(refusal('agenda.dilemmas'));
      expect(dumpDatabase(test.db)).toBe(before);
    } finally {
      await server.close();
    }
  });

  it('a whole emoji, and Swedish letters, are saved and read back exactly as sent', async () => {
    const { unit, records } = seed;
    const dilemmas = 'Stress 😀 vid morgonbesöken, Åsa och Örjan';
    await test.call('sessions.saveAgenda', { unitId: unit.id, week: records.week, agenda: { ...AGENDA, dilemmas } });
    await test.restart();
    expect((await test.call('sessions.get', { unitId: unit.id, week: records.week })).agenda.dilemmas).toBe(dilemmas);
  });
});
