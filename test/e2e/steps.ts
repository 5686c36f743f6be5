import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

// Steps a user takes in many tests, written once.

/** A planning-table row by ISO week. */
export const row = (page: Page, week: string) => page.locator(`tr[data-week="${week}"]`);

/** Opens a view from the main menu and waits for its heading. */
export async function openView(page: Page, link: string): Promise<void> {
  // From the keyboard, as a manager may: focus and Enter need no animation frames, whereas a
  // click waits for two frames with the link at rest, and once waited 90 s in a loaded CI.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: link, exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: link })).toBeVisible();
}

/** Guide step 1: creates Hemtjänst Norr and arrives at step 2. */
export async function createNorr(page: Page): Promise<void> {
  await page.getByLabel('Enhetens namn').fill('Hemtjänst Norr');
  await page.getByLabel('Utförare').fill('Kommunens hemtjänst');
  await page.getByLabel('Enhetschef').fill('Anna Berg');
  await page.getByRole('button', { name: 'Spara och gå vidare' }).click();
  await expect(page.getByRole('heading', { name: 'Steg 2 av 3: Veckotid' })).toBeVisible();
}

/** The weekly slot as guide step 2 asks for it; what is left out keeps the guide's default. */
export interface Slot {
  /** The weekday's Swedish name, as the list shows it: "måndag". */
  weekday?: string;
  startTime?: string;
  minutes?: string;
  validFrom?: string;
}

/** Guide steps 2 and 3: the slot, no team meetings; ends in Planering. */
async function finishGuide(page: Page, slot: Slot): Promise<void> {
  if (slot.weekday) await page.getByLabel('Veckodag').selectOption({ label: slot.weekday });
  if (slot.startTime) await page.getByLabel('Starttid').fill(slot.startTime);
  if (slot.minutes) await page.getByLabel('Längd i minuter').fill(slot.minutes);
  if (slot.validFrom) await page.getByLabel('Rutinen startade').fill(slot.validFrom);
  await page.getByRole('button', { name: 'Spara och gå vidare' }).click();
  await page.getByRole('button', { name: 'Klar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planering' })).toBeVisible();
}

/** The whole guide for Hemtjänst Norr with this slot and no team meetings: ends in Planering. */
export async function setUpNorr(page: Page, url: string, slot: Slot): Promise<void> {
  await page.goto(url);
  await createNorr(page);
  await finishGuide(page, slot);
}

/** The whole guide with its defaults (Thursday 14:00, 30 min, no team meetings): ends in Planering. */
export async function setUpNorrWithDefaults(page: Page, url: string): Promise<void> {
  await setUpNorr(page, url, {});
}

/** "Ny enhet": fills in the unit and creates it (the guide, or a refusal, comes next). */
export async function submitNewUnit(page: Page, name: string, managerName: string): Promise<void> {
  await page.getByRole('button', { name: 'Ny enhet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny enhet' })).toBeVisible();
  await page.getByLabel('Enhetens namn').fill(name);
  await page.getByLabel('Utförare').fill('Kommunens hemtjänst');
  await page.getByLabel('Enhetschef').fill(managerName);
  await page.getByRole('button', { name: 'Skapa enheten' }).click();
}

/** "Ny enhet", then the guide with this slot: ends in Planering for the new unit. */
export async function addUnit(page: Page, name: string, managerName: string, slot: Slot): Promise<void> {
  await submitNewUnit(page, name, managerName);
  // The new unit continues in the guide at its weekly slot.
  await expect(page.getByRole('heading', { level: 1, name: `Kom igång med ${name}` })).toBeVisible();
  await finishGuide(page, slot);
}

/** Pastes "name;role" lines under Personal, imports them as active from a date, and returns to Planering. */
export async function importRoster(page: Page, lines: string[], activeFrom: string): Promise<void> {
  await openView(page, 'Personal');
  await page.getByLabel('Klistra in från Excel').fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await page.getByRole('form', { name: 'Förhandsgranskning' }).getByLabel('Aktiv från').fill(activeFrom);
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(`${lines.length} personer har importerats till Hemtjänst Norr.`);
  // The list is read again and then takes the focus: a key pressed on a menu link before that
  // lands on the list's heading instead (a fresh-clone CI run once lost its Enter so).
  await expect(page.getByRole('heading', { level: 2, name: 'Personallista' })).toBeFocused();
  await openView(page, 'Planering');
}

/** The unit's API, called from the page with its own token: to read what was stored. */
export async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${sessionStorage.getItem('handledning.token') ?? ''}`,
        },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value?: unknown };
    },
    [method, input] as const,
  );
  expect(result.ok).toBe(true);
  return result.value as T;
}

/** Unit 1's week recorded held through the API at its usual 14:00, 30 minutes, at the office. */
export async function recordHeldByApi(
  page: Page,
  week: string,
  chairId: number | undefined,
  attendeeIds: (number | undefined)[],
  guests: { name: string; role: string }[] = [],
): Promise<void> {
  await callApi(page, 'sessions.recordHeld', {
    unitId: 1,
    week,
    startTime: '14:00',
    durationMinutes: 30,
    location: 'office',
    chairIds: [chairId],
    attendeeIds,
    guests,
  });
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
export async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Twelve people: eight care staff (one a substitute), an OT, a PT, a nurse and the manager. */
export const TWELVE_STAFF = [
  'Anna Andersson;undersköterska',
  'Bertil Berg;undersköterska',
  'Cecilia Ceder;undersköterska',
  'David Dahl;vårdbiträde',
  'Emma Ek;undersköterska',
  'Fatima Falk;undersköterska',
  'Gustav Gran;undersköterska;vikarie',
  'Hanna Holm;undersköterska',
  'Ingrid Isaksson;arbetsterapeut',
  'Johan Jansson;fysioterapeut',
  'Karin Kvist;sjuksköterska',
  'Lena Lind;enhetschef',
];

/** The guide with a Thursday slot from 2026-04-06, then the twelve imported: each person's id by name. */
export async function setUpNorrWithTwelve(page: Page, url: string): Promise<Map<string, number>> {
  await setUpNorr(page, url, { validFrom: '2026-04-06' });
  await importRoster(page, TWELVE_STAFF, '2026-04-01');
  const staff = await callApi<{ id: number; name: string }[]>(page, 'staff.list', { unitId: 1, includeInactive: true });
  return new Map(staff.map((member) => [member.name, member.id]));
}
