import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLeaveGuard, type LeaveGuard } from '../app/leaveGuard';
import { useLatest } from '../app/useLatest';

// The session view has three forms with their own save: the record (held part and agenda),
// a case and an action. The leave guard asks one question per view (the app has one way out
// at a time), so each form reports here whether it holds anything unsaved, and "Spara och
// lämna" saves each of them in the page's order. The record's save bar reads the same list, so
// it never says "nothing unsaved" while a case or an action is typed but not added.

/** The parts in the order they stand on the page, and are saved by "Spara och lämna". */
const PARTS = ['record', 'case', 'action'] as const;
export type UnsavedPartName = (typeof PARTS)[number];

type Save = () => Promise<boolean>;
type Report = (part: UnsavedPartName, save: Save | null) => void;

const ReportContext = createContext<Report>(() => undefined);
const UnsavedContext = createContext<ReadonlySet<UnsavedPartName>>(new Set());

/** The view's side: one guard over every part with unsaved changes. */
export function useSessionLeaveGuard(): { guard: LeaveGuard; report: Report; unsaved: ReadonlySet<UnsavedPartName> } {
  const saves = useRef(new Map<UnsavedPartName, Save>());
  const [unsaved, setUnsaved] = useState<ReadonlySet<UnsavedPartName>>(new Set());

  const report = useCallback<Report>((part, save) => {
    if (save) saves.current.set(part, save);
    else saves.current.delete(part);
    setUnsaved(new Set(saves.current.keys()));
  }, []);

  // Leaves only when every part saved; the first refusal stops, so its form shows why.
  const saveAll = useCallback(async () => {
    for (const part of PARTS) {
      const save = saves.current.get(part);
      if (save && !(await save())) return false;
    }
    return true;
  }, []);

  return { guard: useLeaveGuard(unsaved.size > 0, saveAll), report, unsaved };
}

/** Around the view's forms: they report to the view's guard, and can read what is unsaved. */
export function UnsavedParts({ report, unsaved, children }: { report: Report; unsaved: ReadonlySet<UnsavedPartName>; children: ReactNode }) {
  return (
    <ReportContext.Provider value={report}>
      <UnsavedContext.Provider value={unsaved}>{children}</UnsavedContext.Provider>
    </ReportContext.Provider>
  );
}

/** The parts with unsaved changes, in the page's order. */
export function useUnsavedPartNames(): UnsavedPartName[] {
  const unsaved = useContext(UnsavedContext);
  return PARTS.filter((part) => unsaved.has(part));
}

/**
 * A form's side: while `unsaved`, leaving the view asks first and "Spara och lämna" calls
 * `save` (true when it went through; false keeps the manager in the view with the form's message).
 */
export function useUnsavedPart(part: UnsavedPartName, unsaved: boolean, save: Save): void {
  const report = useContext(ReportContext);
  const saveRef = useLatest(save);
  useEffect(() => {
    if (!unsaved) return;
    report(part, () => saveRef.current());
    return () => report(part, null);
  }, [part, unsaved, report, saveRef]);
}
