import type { AuditAction } from '../domain/types';

/**
 * What the audit log makes of a successful call: the actions its line may name (the subject
 * is worked out per method in electron/backend/audit/auditRules.ts); 'readOnly' methods
 * change nothing at all; 'notLogged' ones write something that is not a record (the
 * remembered unit).
 */
export type AuditPolicy = AuditAction | readonly AuditAction[] | 'readOnly' | 'notLogged';

/**
 * How the dispatcher runs a method, declared once per method in the domain's
 * `*.methods.ts`; every list the backend needs is derived from these declarations.
 * - `transaction`: the call is one transaction, reads included.
 * - `exclusive`: the method manages its own work on files and on the connection (a backup,
 *   a restore): it runs outside any transaction, one at a time, and no other call starts
 *   while one runs.
 * - `recovery`: it answers in recovery mode, where there is no database; so it cannot run in
 *   a transaction.
 */
export type MethodPolicy = { run: 'transaction'; recovery: false; audit: AuditPolicy } | { run: 'exclusive'; recovery: boolean; audit: AuditPolicy };

/** A domain's methods by name; `as const satisfies MethodPolicies` keeps each literal. */
export type MethodPolicies = Record<string, MethodPolicy>;
