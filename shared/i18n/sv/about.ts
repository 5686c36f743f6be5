/** "Om Handledning": the version and where the data lives, for the manager and for IT. */
export const about = {
  'about.open': 'Om Handledning',
  'about.title': 'Om Handledning',
  'about.intro': 'Handledning planerar och dokumenterar handledningen i hemtjänsten. Uppgifterna sparas på den här datorn.',
  'about.version': 'Version',
  'about.dataFile': 'Databasen',
  'about.backupFolder': 'Mapp för säkerhetskopior',
} as const;
