import type { Migration } from './types';

// The calendar export (.ics). A calendar program recognises an event again by its UID, so a
// re-export must give the same UIDs: they are built from an id of this database, drawn once
// here, so two installations never collide and a re-export updates rather than duplicates.
// The unit's place and the manager's e-mail (the organizer), and each person's optional
// e-mail (an attendee), are plain text: '' when not given.
export const calendar: Migration = {
  version: 9,
  name: 'calendar',
  up: `
ALTER TABLE units ADD COLUMN location TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 120);
ALTER TABLE units ADD COLUMN manager_email TEXT NOT NULL DEFAULT '' CHECK (length(manager_email) <= 254);
ALTER TABLE people ADD COLUMN email TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 254);
INSERT INTO settings (key, value) VALUES ('installationId', lower(hex(randomblob(16))));
`,
};
