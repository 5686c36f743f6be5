import type { AuditAction } from '../domain/types';
import { auditMethods } from './contract/audit.methods';
import { billingMethods } from './contract/billing.methods';
import { calendarMethods } from './contract/calendar.methods';
import { dataSafetyMethods } from './contract/dataSafety.methods';
import { planningMethods } from './contract/planning.methods';
import { rosterMethods } from './contract/roster.methods';
import { sessionsMethods } from './contract/sessions.methods';
import { statisticsMethods } from './contract/statistics.methods';
import { unitsMethods } from './contract/units.methods';
import type { MethodPolicy } from './methodPolicy';

/**
 * Every API method with its policy, by domain. Kept apart from the schemas so the Electron
 * preload can expose exactly these names without bundling zod; each domain's contract file
 * (shared/api/contract/<domain>.ts) is typed to have schemas for exactly its methods here.
 */
export const METHODS_BY_DOMAIN = {
  units: unitsMethods,
  planning: planningMethods,
  roster: rosterMethods,
  sessions: sessionsMethods,
  billing: billingMethods,
  calendar: calendarMethods,
  dataSafety: dataSafetyMethods,
  audit: auditMethods,
  statistics: statisticsMethods,
} as const;

export type Domain = keyof typeof METHODS_BY_DOMAIN;
/** The names a domain declares (distributes over a union of domains). */
export type MethodsOf<D extends Domain> = D extends Domain ? keyof (typeof METHODS_BY_DOMAIN)[D] & string : never;

// A name declared in two domains would have two policies: one would silently win below.
type DeclaredTwice = { [D in Domain]: MethodsOf<D> & MethodsOf<Exclude<Domain, D>> }[Domain];
export const noMethodDeclaredTwice: [DeclaredTwice] extends [never] ? true : never = true;

export const METHOD_POLICIES = {
  ...unitsMethods,
  ...planningMethods,
  ...rosterMethods,
  ...sessionsMethods,
  ...billingMethods,
  ...calendarMethods,
  ...dataSafetyMethods,
  ...auditMethods,
  ...statisticsMethods,
} satisfies Record<string, MethodPolicy>;

type Policies = typeof METHOD_POLICIES;
export type MethodName = Extract<keyof Policies, string>;
export type PolicyOf<M extends MethodName> = Policies[M];
/** The names under one prefix ('slotRules' gives slotRules.list and slotRules.add): a handler file's group. */
export type MethodsNamed<Prefix extends string> = Extract<MethodName, `${Prefix}.${string}`>;

/** The names of every API method, in declaration order (domain by domain). */
export const METHOD_NAMES = Object.keys(METHOD_POLICIES) as readonly MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(METHOD_POLICIES, name);
}

/** The names whose policy matches: `Where<{ run: 'exclusive' }>`. */
type Where<P> = { [M in MethodName]: PolicyOf<M> extends P ? M : never }[MethodName];
export type ExclusiveMethod = Where<{ run: 'exclusive' }>;
export type RecoveryMethod = Where<{ recovery: true }>;
export type LoggedMethod = Exclude<MethodName, Where<{ audit: 'readOnly' | 'notLogged' }>>;
type ActionsIn<Audit> = Audit extends readonly (infer Each)[] ? Each : Extract<Audit, AuditAction>;
/** The actions a logged method's audit line may name. */
export type LoggedAction<M extends MethodName> = ActionsIn<PolicyOf<M>['audit']>;

const methodsWhere = (matches: (policy: MethodPolicy) => boolean): ReadonlySet<MethodName> =>
  new Set(METHOD_NAMES.filter((name) => matches(METHOD_POLICIES[name])));

/** Run one at a time, outside any transaction; no other call starts while one runs. */
export const EXCLUSIVE_METHODS = methodsWhere((policy) => policy.run === 'exclusive');
/** Change nothing at all (audit 'readOnly'): their answers need no check before a commit. */
export const READ_ONLY_METHODS = methodsWhere((policy) => policy.audit === 'readOnly');
/** What answers in recovery mode (no usable database); every other method answers RECOVERY_MODE. */
export const RECOVERY_METHODS = methodsWhere((policy) => policy.recovery);

/** The IPC channel of a method; the preload and main both derive it from here. */
export const ipcChannel = (method: MethodName): string => `api:${method}`;
