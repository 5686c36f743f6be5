// Owned by the dataSafetyErrors area.
export const dataSafetyErrors = {
  // The live database's folder (hosts refuse to start; see shared/domain/dataPaths.ts).
  'error.path.network': 'Handledning kan inte öppna databasen i {{folder}}, eftersom mappen ligger på en nätverksenhet.',
  'error.path.cloudSync': 'Handledning kan inte öppna databasen i {{folder}}, eftersom mappen synkroniseras av {{service}}.',
  'error.path.why':
    'Databasen måste ligga på den här datorns egen disk. En nätverksenhet eller en synkroniseringstjänst kan kopiera filen när den är halvskriven och tappa låset som hindrar två samtidiga skrivningar, och då kan uppgifterna förstöras.',
  'error.path.useDefault':
    'Använd standardmappen på datorns egen disk: {{defaultFolder}}. Ta bort inställningen HANDLEDNING_DATA_DIR, så används den. Säkerhetskopiorna får gärna sparas på nätverket eller i molnet. Inget har ändrats.',
  'error.path.askIt':
    'Be IT-avdelningen se till att mappen för lokala programdata ligger på datorns egen disk och inte synkroniseras. Säkerhetskopiorna får gärna sparas på nätverket eller i molnet. Inget har ändrats.',
  'error.dataFolder.readOnly':
    'Handledning kan inte spara i datamappen {{place}}, eftersom den är skrivskyddad eller saknar behörighet. Be IT om skrivbehörighet eller använd en annan mapp.',
  'error.database.readOnly':
    'Handledning kan inte spara i databasfilen {{place}}, eftersom den är skrivskyddad eller saknar behörighet. Be IT om skrivbehörighet. Inget har ändrats.',
  'error.lock.held': 'Handledning är redan öppet med den här datamappen, som program eller i webbläsaren. Stäng det först och försök sedan igen.',
  // Backups, restores and the recovery screen (backup helper).
  'error.diskFull': 'Disken är full. Inget har sparats. Frigör utrymme på disken och försök igen.',
  'error.backup.notFound': 'Säkerhetskopian {{fileName}} finns inte längre. Välj en annan i listan.',
  'error.backup.folderMissing': 'Mappen {{folder}} finns inte. Välj en mapp som finns, till exempel på ett USB-minne som är anslutet.',
  'error.backup.folderNotWritable': 'Handledning kan inte spara filer i mappen {{folder}}. Välj en annan mapp eller be IT om behörighet.',
  'error.backup.verifyFailed': 'Säkerhetskopian blev inte korrekt vid kontrollen och har inte sparats. Försök igen. Om det händer igen, kontakta IT.',
  'error.restore.corrupt': 'Filen {{fileName}} är skadad och kan inte återställas. Inget har ändrats. Välj en annan säkerhetskopia.',
  'error.restore.notHandledning': 'Filen {{fileName}} är inte en säkerhetskopia från Handledning. Inget har ändrats.',
  'error.restore.newerVersion':
    'Säkerhetskopian {{fileName}} kommer från en nyare version av Handledning (version {{found}}, den här versionen kan {{supported}}). Uppdatera programmet först. Inget har ändrats.',
  'error.restore.foreignSchema':
    'Filen {{fileName}} innehåller delar som Handledning inte har skapat och som kan ändra eller radera uppgifter. Den kan inte återställas. Inget har ändrats.',
  'error.restore.notOwnFile': 'Filen {{fileName}} är inte en säkerhetskopia som Handledning har gjort i mappen. Inget har ändrats.',
  'error.restore.failed': 'Återställningen misslyckades. Uppgifterna är som före försöket.',
  'error.recovery.mode':
    'Databasen är skadad och Handledning visar bara återställningen. Öppna den senaste säkerhetskopian eller spara en kopia av den skadade filen åt IT.',
  'error.recovery.damaged':
    'Kontrollen vid start hittade fel i databasfilen. Filen kan ha skadats vid ett strömavbrott, ett diskfel eller en kopiering. Handledning har inte ändrat eller tagit bort den.',
  'error.recovery.unreadable':
    'Databasfilen går inte att läsa som en databas. Den kan ha skadats vid ett strömavbrott, ett diskfel eller en kopiering. Handledning har inte ändrat eller tagit bort den.',
  'error.recovery.restoreFailed': 'Säkerhetskopian kunde inte öppnas. Den skadade filen finns kvar. Spara en kopia av den åt IT och kontakta IT.',
  'error.recovery.noBackup': 'Det finns ingen felfri säkerhetskopia att öppna. Spara en kopia av den skadade filen och kontakta IT.',
} as const;
