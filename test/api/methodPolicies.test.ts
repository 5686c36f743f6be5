import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/api/contract';
import { auditContract } from '../../shared/api/contract/audit';
import { billingContract } from '../../shared/api/contract/billing';
import { calendarContract } from '../../shared/api/contract/calendar';
import { dataSafetyContract } from '../../shared/api/contract/dataSafety';
import { method, none, type ContractFor } from '../../shared/api/contract/method';
import { planningContract } from '../../shared/api/contract/planning';
import { rosterContract } from '../../shared/api/contract/roster';
import { sessionsContract } from '../../shared/api/contract/sessions';
import { statisticsContract } from '../../shared/api/contract/statistics';
import { unitsContract } from '../../shared/api/contract/units';
import type { unitsMethods } from '../../shared/api/contract/units.methods';
import type { MethodPolicies } from '../../shared/api/methodPolicy';
import {
  EXCLUSIVE_METHODS,
  METHOD_NAMES,
  METHOD_POLICIES,
  METHODS_BY_DOMAIN,
  RECOVERY_METHODS,
  type Domain,
  type ExclusiveMethod,
  type LoggedAction,
  type MethodName,
  type MethodsNamed,
  type MethodsOf,
  type RecoveryMethod,
} from '../../shared/api/methods';
import { unitSchema } from '../../shared/api/schemas';
import { AUDIT_RULES } from '../../electron/backend/audit/auditRules';
import type { HandlerGroup } from '../../electron/backend/api/types';
import { startTestBackend, type TestBackend } from './testBackend';

// Each method is declared once, with its policy, in its domain's `*.methods.ts`; everything
// else (the names, the exclusive and recovery sets, the audit classification, the handler
// groups, the contract's keys) derives from that. The `@ts-expect-error` lines are checked by
// `npm run typecheck`: each must be a compile error, or the check itself fails.

const CONTRACT_BY_DOMAIN: Record<Domain, object> = {
  units: unitsContract,
  planning: planningContract,
  roster: rosterContract,
  sessions: sessionsContract,
  billing: billingContract,
  calendar: calendarContract,
  dataSafety: dataSafetyContract,
  audit: auditContract,
  statistics: statisticsContract,
};

const DATA_SAFETY = [
  'health.get',
  'backups.list',
  'backups.create',
  'backups.saveCopy',
  'backups.setFolder',
  'backups.restore',
  'backups.undoRestore',
  'recovery.restoreNewest',
  'recovery.saveDamagedCopy',
] as const;

describe('a method is declared once, with its whole policy', () => {
  it('a policy without its audit, or a method answering in recovery mode inside a transaction, does not compile', () => {
    // @ts-expect-error: no audit policy
    expect({ 'units.rename': { run: 'transaction', recovery: false } } as const satisfies MethodPolicies).toBeTruthy();
    // @ts-expect-error: no run policy
    expect({ 'units.rename': { recovery: false, audit: 'changed' } } as const satisfies MethodPolicies).toBeTruthy();
    // @ts-expect-error: recovery mode has no database, so no transaction to run in
    expect({ 'units.rename': { run: 'transaction', recovery: true, audit: 'changed' } } as const satisfies MethodPolicies).toBeTruthy();
    // @ts-expect-error: not an action the audit log knows
    expect({ 'units.rename': { run: 'transaction', recovery: false, audit: 'renamed' } } as const satisfies MethodPolicies).toBeTruthy();
  });

  it('a domain’s contract without schemas for a declared method, or with schemas for an undeclared one, does not compile', () => {
    // @ts-expect-error: units.create, units.update, units.select and app.info have no schemas
    expect({ 'units.list': method(none, z.array(unitSchema)) } satisfies ContractFor<typeof unitsMethods>).toBeTruthy();
    // @ts-expect-error: units.rename is declared nowhere
    expect({ ...unitsContract, 'units.rename': method(none, z.null()) } satisfies ContractFor<typeof unitsMethods>).toBeTruthy();
  });

  it('a handler group missing one of its domain’s methods does not compile', () => {
    const { 'backups.create': _dropped, ...others } = {} as HandlerGroup<MethodsOf<'dataSafety'>>;
    // @ts-expect-error: backups.create has no handler
    const group: HandlerGroup<MethodsOf<'dataSafety'>> = others;
    expect(group).toEqual({});
  });

  it('the derived types name what the declarations say', () => {
    expectTypeOf<ExclusiveMethod>().toEqualTypeOf<(typeof DATA_SAFETY)[number]>();
    expectTypeOf<RecoveryMethod>().toEqualTypeOf<'health.get' | 'backups.list' | 'recovery.restoreNewest' | 'recovery.saveDamagedCopy'>();
    expectTypeOf<MethodsOf<'dataSafety'>>().toEqualTypeOf<(typeof DATA_SAFETY)[number]>();
    expectTypeOf<MethodsNamed<'slotRules'>>().toEqualTypeOf<'slotRules.list' | 'slotRules.add'>();
    expectTypeOf<LoggedAction<'cases.save'>>().toEqualTypeOf<'created' | 'changed'>();
    expectTypeOf<LoggedAction<'billing.markSent'>>().toEqualTypeOf<'markedSent'>();
  });
});

describe('every list derives from the declarations', () => {
  it('the method names are the domains’ declarations, in order, each name once', () => {
    const declared = Object.values(METHODS_BY_DOMAIN).flatMap((methods) => Object.keys(methods));
    expect(METHOD_NAMES).toEqual(declared);
    expect(new Set(declared).size).toBe(declared.length);
  });

  it.each(Object.keys(METHODS_BY_DOMAIN) as Domain[])('the %s contract has schemas for exactly the methods the domain declares', (domain) => {
    expect(Object.keys(CONTRACT_BY_DOMAIN[domain])).toEqual(Object.keys(METHODS_BY_DOMAIN[domain]));
  });

  it('the merged contract has schemas for exactly the declared methods', () => {
    expect(Object.keys(contract)).toEqual(METHOD_NAMES);
  });

  it('exactly the data-safety methods are exclusive: run one at a time, outside any transaction', () => {
    expect([...EXCLUSIVE_METHODS]).toEqual(DATA_SAFETY);
    expect([...EXCLUSIVE_METHODS]).toEqual(METHOD_NAMES.filter((name) => METHOD_POLICIES[name].run === 'exclusive'));
  });

  it('exactly health, the backup list and recovery answer in recovery mode', () => {
    expect([...RECOVERY_METHODS]).toEqual(['health.get', 'backups.list', 'recovery.restoreNewest', 'recovery.saveDamagedCopy']);
    expect([...RECOVERY_METHODS]).toEqual(METHOD_NAMES.filter((name) => METHOD_POLICIES[name].recovery));
  });

  it.each(METHOD_NAMES)('%s is classified for the audit log as its policy declares', (name: MethodName) => {
    const { audit } = METHOD_POLICIES[name];
    const rule = AUDIT_RULES[name];
    if (audit === 'readOnly' || audit === 'notLogged') expect(rule).toBe(audit);
    else expect(typeof rule).toBe('function');
  });
});

describe('the dispatcher follows the exclusive policy', () => {
  let test: TestBackend;
  beforeEach(async () => {
    test = await startTestBackend();
  });
  afterEach(() => test.close());

  /** The order in which the calls answered. */
  async function answerOrder(calls: [name: string, answer: Promise<unknown>][]): Promise<string[]> {
    const order: string[] = [];
    await Promise.all(calls.map(([name, answer]) => answer.then(() => order.push(name))));
    return order;
  }

  it('a call started while a backup runs starts after it: the backup holds the data as it was', async () => {
    const order = await answerOrder([
      ['backups.create', test.call('backups.create', {})],
      ['units.create', test.call('units.create', { name: 'Hemtjänst Söder', providerName: 'Omsorg i Söder AB', managerName: 'Britt Ek' })],
    ]);
    expect(order).toEqual(['backups.create', 'units.create']);
    const { backups } = await test.call('backups.list', {});
    expect(backups.map((backup) => backup.contents.units)).toEqual([0]);
  });

  it('exclusive calls run one at a time, in the order they came', async () => {
    const order = await answerOrder([
      ['backups.saveCopy', test.call('backups.saveCopy', { folder: test.folder.dir })],
      ['backups.create', test.call('backups.create', {})],
      ['health.get', test.call('health.get', {})],
    ]);
    expect(order).toEqual(['backups.saveCopy', 'backups.create', 'health.get']);
  });
});
