import type { Locator, Page } from '@playwright/test';

// Latency as the manager feels it, measured inside Chromium with the Performance API: a mark
// at the user's click (the event's own timestamp), a mark at the first animation frame after
// the view shows what it was asked for, and a measure between them. Figures are reported, never
// asserted: speed is a bench matter, the tests assert behaviour.

declare global {
  interface Window {
    __handledningLatency?: Promise<number>;
  }
}

/** What the view shows once it has arrived: an element, optionally holding a text. */
export type Ready = { selector: string; text?: string };

/** Arms a one-shot measure named `name`: from the next click until `ready` holds and a frame is drawn. */
async function arm(page: Page, name: string, ready: Ready): Promise<void> {
  await page.evaluate(
    ([measureName, readySelector, readyText]) => {
      window.__handledningLatency = new Promise<number>((resolve) => {
        let clickedAt: number | null = null;
        const done = () => {
          requestAnimationFrame(() => {
            performance.mark(`${measureName}:ready`);
            const measure = performance.measure(measureName, `${measureName}:click`, `${measureName}:ready`);
            resolve(measure.duration);
          });
        };
        // Ready means: the asked-for element is there and nothing on screen is still loading.
        const shown = () => Array.from(document.querySelectorAll(readySelector), (element) => element.textContent).join('\n');
        // What was on screen before the click does not count: a saved count must be the new one.
        const before = shown();
        const isReady = () => {
          const now = shown();
          return now !== before && now.includes(readyText) && document.querySelector('[aria-busy="true"]') === null;
        };
        const observer = new MutationObserver(() => {
          if (clickedAt === null || !isReady()) return;
          observer.disconnect();
          done();
        });
        document.addEventListener(
          'click',
          (event) => {
            clickedAt = event.timeStamp;
            performance.mark(`${measureName}:click`, { startTime: clickedAt });
            observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
          },
          { capture: true, once: true },
        );
      });
    },
    [name, ready.selector, ready.text ?? ''] as const,
  );
}

/** Clicks `target` and returns the milliseconds until `ready` is on screen. */
export async function clickAndMeasure(page: Page, name: string, target: Locator, ready: Ready): Promise<number> {
  await arm(page, name, ready);
  await target.click();
  return page.evaluate(() => window.__handledningLatency!);
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
