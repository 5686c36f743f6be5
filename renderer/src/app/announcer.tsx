import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

// One polite live region for the whole app: "Sparat" and similar confirmations are
// read out by screen readers and stay visible until the next action starts.

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);
const MessageContext = createContext('');

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback<Announce>((next) => {
    // Clearing first makes a repeated "Sparat" a new announcement.
    setMessage('');
    if (next) queueMicrotask(() => setMessage(next));
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      <MessageContext.Provider value={message}>{children}</MessageContext.Provider>
    </AnnounceContext.Provider>
  );
}

/** The live region itself; it exists from the start so screen readers pick up its changes. */
export function Announcement() {
  const message = useContext(MessageContext);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="announcer" data-empty={message === ''} title={message || undefined}>
      <span className="announcer-text">{message}</span>
    </div>
  );
}
