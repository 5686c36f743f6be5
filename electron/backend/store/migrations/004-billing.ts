import type { Migration } from './types';

const MONTH = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'";
const NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";
const TIMESTAMPS = `
  created_at TEXT NOT NULL DEFAULT ${NOW},
  updated_at TEXT NOT NULL DEFAULT ${NOW}`;

// The billing form. A unit without a billing_settings row uses the defaults. A month's state
// is derived, never stored twice: no version = open; a reopening after the last version =
// reopened; else sent. Sent versions are a JSON snapshot of the whole form and are never
// rewritten (the triggers are the last line of defence: a correction is a new version).
export const billing: Migration = {
  version: 4,
  name: 'billing',
  up: `
CREATE TABLE billing_settings (
  unit_id INTEGER PRIMARY KEY REFERENCES units (id) ON DELETE RESTRICT,
  municipality TEXT NOT NULL CHECK (length(municipality) <= 80),
  provider_org_number TEXT NOT NULL CHECK (provider_org_number = '' OR provider_org_number GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
  cost_centre TEXT NOT NULL CHECK (length(cost_centre) <= 80),
  manager_phone TEXT NOT NULL CHECK (length(manager_phone) <= 20),
  -- A JSON array of role keys, at least one.
  billable_roles TEXT NOT NULL CHECK (json_valid(billable_roles) AND json_type(billable_roles) = 'array'
    AND json_array_length(billable_roles) >= 1),
  rate_kind TEXT CHECK (rate_kind IS NULL OR rate_kind IN ('perParticipantHour', 'perParticipantSession')),
  -- Whole öre.
  rate_amount_ore INTEGER CHECK (rate_amount_ore IS NULL OR rate_amount_ore BETWEEN 1 AND 10000000),${TIMESTAMPS},
  CHECK ((rate_kind IS NULL) = (rate_amount_ore IS NULL))
) STRICT;

CREATE TABLE billing_versions (
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  month TEXT NOT NULL CHECK (month ${MONTH}),
  version INTEGER NOT NULL CHECK (version >= 1),
  sent_at TEXT NOT NULL CHECK (length(sent_at) >= 10),
  -- Why the month was reopened before this version; none for the first.
  correction_reason TEXT CHECK (correction_reason IS NULL OR length(correction_reason) BETWEEN 1 AND 500),
  -- The BillingForm exactly as sent, returned byte for byte.
  form_json TEXT NOT NULL CHECK (json_valid(form_json) AND json_type(form_json) = 'object'
    AND json_extract(form_json, '$.unitId') = unit_id AND json_extract(form_json, '$.month') = month
    AND json_extract(form_json, '$.version') = version),
  created_at TEXT NOT NULL DEFAULT ${NOW},
  PRIMARY KEY (unit_id, month, version),
  CHECK ((version = 1) = (correction_reason IS NULL))
) STRICT;

CREATE TRIGGER billing_versions_never_rewritten BEFORE UPDATE ON billing_versions
BEGIN SELECT RAISE(ABORT, 'a sent billing form is never rewritten'); END;
CREATE TRIGGER billing_versions_never_removed BEFORE DELETE ON billing_versions
BEGIN SELECT RAISE(ABORT, 'a sent billing form is never removed'); END;
-- INSERT OR REPLACE deletes the old row without firing the delete trigger (recursive
-- triggers are off), so a version that would replace a stored one is refused here.
CREATE TRIGGER billing_versions_never_replaced BEFORE INSERT ON billing_versions
WHEN EXISTS (SELECT 1 FROM billing_versions WHERE unit_id = NEW.unit_id AND month = NEW.month AND version = NEW.version)
BEGIN SELECT RAISE(ABORT, 'a sent billing form is never rewritten'); END;

-- A sent month opened again for a correction, after its version after_version.
CREATE TABLE billing_reopenings (
  unit_id INTEGER NOT NULL,
  month TEXT NOT NULL,
  after_version INTEGER NOT NULL,
  reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  created_at TEXT NOT NULL DEFAULT ${NOW},
  PRIMARY KEY (unit_id, month, after_version),
  FOREIGN KEY (unit_id, month, after_version) REFERENCES billing_versions (unit_id, month, version) ON DELETE RESTRICT
) STRICT;
`,
};
