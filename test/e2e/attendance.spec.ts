import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { callApi, recordHeldByApi, setUpNorrWithTwelve } from './steps';

// The backend's today is Friday 2026-04-24 (week 17). The weekly slot (Thursday 14:00) runs
// from 2026-04-06: week 16 (2026-04-16) is the previous session of week 17 (2026-04-23).
test.use({ today: '2026-04-24' });

/** Records week 16 through the API: these people, the first one in the chair. */
async function recordWeek16(page: Page, ids: Map<string, number>, chair: string, others: string[]): Promise<void> {
  const id = (name: string) => ids.get(name)!;
  await recordHeldByApi(page, '2026-W16', id(chair), [chair, ...others].map(id), [{ name: 'Sara Vikström', role: 'careStaff' }]);
}

/** Opens a week's session from its row in the plan, with the keyboard. */
async function openSession(page: Page, isoWeek: number): Promise<void> {
  await page.getByRole('link', { name: `Öppna tillfället vecka ${isoWeek}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Handledning vecka ${isoWeek}` })).toBeFocused();
}

/** The user's hands: every key press and click counts one; typing counts one per character. */
function countedActions(page: Page) {
  let count = 0;
  return {
    count: () => count,
    press: async (key: string) => {
      count += 1;
      await page.keyboard.press(key);
    },
    type: async (text: string) => {
      count += [...text].length;
      await page.keyboard.type(text);
    },
    click: async (target: Locator) => {
      count += 1;
      await target.click();
    },
  };
}

const WEEK_16 = [
  'Anna Andersson',
  'Bertil Berg',
  'Cecilia Ceder',
  'David Dahl',
  'Emma Ek',
  'Fatima Falk',
  'Johan Jansson',
  'Karin Kvist',
  'Lena Lind',
];

test('a week where 8 of the previous 10 come plus 2 others is recorded in at most 15 actions', async ({ page, server }, testInfo) => {
  const ids = await setUpNorrWithTwelve(page, server.url);
  await recordWeek16(page, ids, 'Ingrid Isaksson', WEEK_16);
  await openSession(page, 17);
  await expect(page.getByText('Kryssar i dem ur personalen som deltog vecka 16 (2026-04-16) och ordföranden.', { exact: false })).toBeVisible();

  const people = page.getByRole('group', { name: 'Personal den 2026-04-23' });
  const chairs = page.getByRole('group', { name: 'Ordförande' });
  const counts = page.getByRole('region', { name: 'Antal deltagare' });
  const user = countedActions(page);

  // Week 16's ten (the chair too, the guest not) are ticked; the focus waits in the filter.
  await user.click(page.getByRole('button', { name: 'Samma som förra tillfället' }));
  await expect(page.getByText('10 personer från vecka 16 är ikryssade. Inget är sparat ännu.')).toBeVisible();
  await expect(page.getByLabel('Filtrera')).toBeFocused();
  await expect(chairs.getByRole('checkbox', { name: 'Ingrid Isaksson' })).toBeChecked();
  await expect(counts).toContainText('Totalt 10');
  await expect(page.getByText('Sara Vikström', { exact: false })).toHaveCount(0);
  await screenshot(page, testInfo, 'attendance-01-same-as-last');
  await expectNoAxeViolations(page);

  // Two who were not there last week come, by name; two who were do not, by a click.
  await user.type('gus');
  await user.press('Enter');
  await user.type('han');
  await user.press('Enter');
  await user.click(people.getByRole('checkbox', { name: 'Bertil Berg' }));
  await user.click(people.getByRole('checkbox', { name: 'Emma Ek' }));
  await expect(counts).toContainText('Totalt 10');
  await user.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Sparat');

  testInfo.annotations.push({ type: 'actions', description: `${user.count()} actions from the opened week to Sparat` });
  expect(user.count()).toBeLessThanOrEqual(15);

  const intended = [...WEEK_16.filter((name) => name !== 'Bertil Berg' && name !== 'Emma Ek'), 'Ingrid Isaksson', 'Gustav Gran', 'Hanna Holm'];
  const stored = await callApi<{ held: { chairIds: number[] }; attendees: { personId: number | null }[] }>(page, 'sessions.get', {
    unitId: 1,
    week: '2026-W17',
  });
  expect(stored.attendees.map((a) => a.personId).sort()).toEqual(intended.map((name) => ids.get(name)).sort());
  expect(stored.held.chairIds).toEqual([ids.get('Ingrid Isaksson')]);
});

test('a previous attendee who has left is not ticked and is named; nothing is saved until the manager saves', async ({ page, server }) => {
  const ids = await setUpNorrWithTwelve(page, server.url);
  await recordWeek16(page, ids, 'Johan Jansson', ['Anna Andersson', 'David Dahl']);
  await callApi(page, 'staff.deactivate', { unitId: 1, personId: ids.get('David Dahl'), activeTo: '2026-04-20' });
  await openSession(page, 17);

  await page.getByRole('button', { name: 'Samma som förra tillfället' }).click();
  await expect(
    page.getByText('2 personer från vecka 16 är ikryssade. Inget är sparat ännu. 1 person från förra tillfället är inte längre aktiv: David Dahl.'),
  ).toBeVisible();
  const people = page.getByRole('group', { name: 'Personal den 2026-04-23' });
  await expect(people.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expect(page.getByRole('group', { name: 'Ordförande' }).getByRole('checkbox', { name: 'Johan Jansson' })).toBeChecked();
  expect((await callApi<{ held: unknown }>(page, 'sessions.get', { unitId: 1, week: '2026-W17' })).held).toBeNull();
});

test('a filter that matches nobody says "Ingen träff", Enter changes nothing, and Escape empties it for the next name', async ({
  page,
  server,
}, testInfo) => {
  await setUpNorrWithTwelve(page, server.url);
  await openSession(page, 16);

  // No session was held before week 16: nothing to start from, and the page says why.
  await expect(page.getByRole('button', { name: 'Samma som förra tillfället' })).toBeDisabled();
  await expect(page.getByText('Inget tidigare tillfälle är markerat som genomfört', { exact: false })).toBeVisible();

  const filter = page.getByLabel('Filtrera');
  const people = page.getByRole('group', { name: 'Personal den 2026-04-16' });
  await filter.focus();
  await page.keyboard.type('xyz');
  await expect(page.getByText('Ingen träff för ”xyz”. Esc tömmer rutan.')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Inga deltagare valda.')).toBeVisible();
  await expect(page.getByRole('status')).not.toHaveText('Sparat');
  await expect(filter).toHaveValue('xyz');
  await screenshot(page, testInfo, 'attendance-02-no-match');
  await expectNoAxeViolations(page);

  // The miss is not glued to the next name: typing replaces it.
  await page.keyboard.type('anna');
  await expect(filter).toHaveValue('anna');
  await page.keyboard.press('Enter');
  await expect(people.getByRole('checkbox', { name: 'Anna Andersson' })).toBeChecked();

  // Escape empties the box and leaves the rest as it was.
  await page.keyboard.type('qq');
  await expect(page.getByText('Ingen träff för ”qq”.', { exact: false })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(filter).toHaveValue('');
  await expect(filter).toBeFocused();
  await expect(people.getByRole('checkbox')).toHaveCount(12);
  await expect(people.getByRole('checkbox', { name: 'Anna Andersson' })).toBeChecked();
  await page.keyboard.type('bert');
  await page.keyboard.press('Enter');
  await expect(people.getByRole('checkbox', { name: 'Bertil Berg' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Antal deltagare' })).toContainText('Totalt 2');
});
