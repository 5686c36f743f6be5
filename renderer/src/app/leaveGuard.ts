import { useEffect, useState } from 'react';
import { useLatest } from './useLatest';

// A view with unsaved changes asks before the manager leaves it. The app routes by the address
// hash, so every way out of a view inside the app (the menu's links, "Tillbaka", Back and
// Forward) is a hash change: the router lets this module look at each one first. The unit
// switcher calls askBeforeLeaving(); reload and closing the window get the browser's own
// question (beforeunload), which the Electron shell turns into a native Swedish dialog.

/** Asks the view that holds unsaved changes; resolves true when the manager chooses to leave. */
type Ask = () => Promise<boolean>;

let ask: Ask | null = null;
/** The address the manager chose to leave for: its hash change must not ask again. */
let leavingFor: string | null = null;

/** Before something in the app replaces the current view (the unit switcher): true when it may. */
export function askBeforeLeaving(): Promise<boolean> {
  return ask ? ask() : Promise.resolve(true);
}

/**
 * For the router's hashchange listener: true when the new address may be shown. With unsaved
 * changes the old address is put back at once (so the view stays) and the manager is asked;
 * "leave" then goes to the new address.
 */
export function mayFollowHashChange(event: Pick<HashChangeEvent, 'oldURL' | 'newURL'>): boolean {
  if (!ask || event.newURL === leavingFor) {
    leavingFor = null;
    return true;
  }
  const target = event.newURL;
  window.history.pushState(window.history.state, '', event.oldURL);
  void ask().then((leave) => {
    if (!leave) return;
    leavingFor = target;
    window.location.href = target;
  });
  return false;
}

/** The browser's own question on reload and close; Electron answers it in the shell. */
function onBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
}

export interface LeaveGuard {
  /** The manager tried to leave: the dialog is open. */
  asking: boolean;
  stay: () => void;
  leave: () => void;
  /** Saves first; leaves only if the save went through, else stays with the form's message. */
  saveAndLeave: () => Promise<void>;
  /** The last "save and leave" was refused: the focus goes to the form's message, not back to the link. */
  refused: boolean;
}

/**
 * Guards a view while it has unsaved changes. `save` resolves true when everything was saved.
 * The view shows the dialog (LeaveDialog) while `asking`.
 */
export function useLeaveGuard(unsaved: boolean, save: () => Promise<boolean>): LeaveGuard {
  const [answer, setAnswer] = useState<((leave: boolean) => void) | null>(null);
  const [refused, setRefused] = useState(false);
  const saveRef = useLatest(save);

  useEffect(() => {
    if (!unsaved) return;
    let pending: Promise<boolean> | null = null;
    const guard: Ask = () => {
      // A second way out while the question is open (Back twice) waits for the same answer.
      pending ??= new Promise<boolean>((resolve) => {
        setRefused(false);
        setAnswer(() => resolve);
      }).finally(() => {
        pending = null;
      });
      return pending;
    };
    ask = guard;
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      if (ask === guard) ask = null;
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [unsaved]);

  const reply = (leave: boolean) => {
    answer?.(leave);
    setAnswer(null);
  };

  return {
    asking: answer !== null,
    stay: () => reply(false),
    leave: () => reply(true),
    saveAndLeave: async () => {
      const saved = await saveRef.current();
      setRefused(!saved);
      reply(saved);
    },
    refused,
  };
}
