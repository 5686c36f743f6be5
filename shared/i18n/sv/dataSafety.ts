// Data safety: the backups view (backing up, copies, the backup folder, restoring and undoing
// it), the audit log view, and the recovery screen shown instead of the app when the database
// file is damaged.
export const dataSafety = {
  'backups.title': 'Säkerhetskopior',
  'backups.intro':
    'Handledning gör en säkerhetskopia av alla uppgifter automatiskt varje dag. De automatiska kopiorna sparas så här länge: en för var och en av de senaste 7 dagarna, en per vecka för de senaste 4 veckorna och en per månad för de senaste 12 månaderna. Den senaste kopian tas aldrig bort.',
  'backups.introOwn': 'Kopior som du gör själv, och de som görs före en uppdatering eller en återställning, tas aldrig bort automatiskt.',

  'backups.now.title': 'Ny säkerhetskopia',
  'backups.now.intro': 'Gör en säkerhetskopia nu, till exempel innan du ändrar mycket.',
  'backups.now.submit': 'Säkerhetskopiera nu',
  'backups.now.done': 'Säkerhetskopian är sparad.',

  'backups.copy.title': 'Spara en kopia någon annanstans',
  'backups.copy.intro':
    'Spara en kopia av alla uppgifter i en mapp som du väljer, till exempel på ett USB-minne eller en nätverksmapp. Kopian tas aldrig bort av Handledning.',
  'backups.copy.pick': 'Spara en kopia som…',
  'backups.copy.submit': 'Spara kopian i mappen',
  'backups.copy.done': 'Kopian är sparad: {{path}}',

  'backups.folder.title': 'Mapp för säkerhetskopior',
  'backups.folder.current': 'Säkerhetskopiorna sparas i:',
  'backups.folder.isDefault': 'Det här är standardmappen.',
  'backups.folder.isChosen': 'Du har valt den här mappen.',
  'backups.folder.pick': 'Byt mapp…',
  'backups.folder.field': 'Ny mapp för säkerhetskopior',
  'backups.folder.submit': 'Byt mapp',
  'backups.folder.reset': 'Återställ standardmappen',
  'backups.folder.changed': 'Säkerhetskopiorna sparas nu i {{folder}}.',
  'backups.folder.resetDone': 'Säkerhetskopiorna sparas nu i standardmappen.',

  'backups.list.title': 'Sparade säkerhetskopior',
  'backups.list.caption': 'Säkerhetskopior i {{folder}}, den senaste först',
  'backups.list.empty': 'Det finns inga säkerhetskopior i mappen ännu.',
  'backups.col.createdAt': 'Datum och tid',
  'backups.col.kind': 'Typ',
  'backups.col.size': 'Storlek',
  'backups.col.contents': 'Innehåll',
  'backups.col.actions': 'Åtgärd',
  'backups.kind.automatic': 'Automatisk',
  'backups.kind.manual': 'Manuell',
  'backups.kind.beforeMigration': 'Före uppdatering',
  'backups.kind.beforeRestore': 'Före återställning',
  'backups.size.kB': '{{size}} kB',
  'backups.size.MB': '{{size}} MB',
  'backups.contents.units_one': '{{count}} enhet',
  'backups.contents.units_other': '{{count}} enheter',
  'backups.contents.sessions_one': '{{count}} genomfört tillfälle',
  'backups.contents.sessions_other': '{{count}} genomförda tillfällen',
  'backups.contents.latest': 'senast {{date}}',
  'backups.restore.action': 'Återställ…',
  'backups.restore.actionLabel': 'Återställ säkerhetskopian från {{date}} ({{kind}})',

  'backups.restore.title': 'Återställ säkerhetskopian från {{date}}',
  'backups.restore.holds': 'Säkerhetskopian innehåller:',
  'backups.restore.kind': 'Typ: {{kind}}',
  'backups.restore.explain': 'Alla uppgifter i Handledning ersätts med dem i säkerhetskopian. Det du har sparat efter {{date}} finns inte med i den.',
  'backups.restore.safe': 'Först sparas uppgifterna som de är nu som en säkerhetskopia, så du kan ångra återställningen efteråt.',
  'backups.restore.submit': 'Återställ uppgifterna',
  'backups.restore.doneTitle': 'Uppgifterna är återställda',
  'backups.restore.done':
    'Uppgifterna är återställda från säkerhetskopian från {{date}}. Det som fanns innan är sparat, och du kan ångra återställningen här under Säkerhetskopior.',
  'backups.restore.continue': 'Fortsätt',

  'backups.undo.title': 'Den senaste återställningen',
  'backups.undo.intro':
    'Den {{date}} ersattes uppgifterna med en säkerhetskopia. Uppgifterna som fanns innan dess är sparade, så du kan ta tillbaka dem.',
  'backups.undo.submit': 'Ångra återställningen',
  'backups.undo.doneTitle': 'Återställningen är ångrad',
  'backups.undo.done': 'Uppgifterna är som de var innan återställningen.',

  'auditLog.title': 'Logg',
  'auditLog.intro':
    'Loggen visar vad som har ändrats, skrivits ut, exporterats, säkerhetskopierats och återställts, och när. Den visar vad en händelse gällde, aldrig vad som skrevs i anteckningar. Loggen kan inte ändras.',
  'auditLog.caption': 'Händelser, den senaste först',
  'auditLog.empty': 'Loggen är tom.',
  'auditLog.more': 'Visa äldre',
  'auditLog.shown_one': 'Visar {{count}} händelse.',
  'auditLog.shown_other': 'Visar {{count}} händelser.',
  'auditLog.allShown': 'Alla händelser visas.',
  'auditLog.export': 'Exportera loggen (CSV)',
  'auditLog.exported': 'Filen {{fileName}} är skapad.',

  'recovery.title': 'Databasen är skadad',
  'recovery.intro':
    'Handledning kunde inte läsa filen med dina uppgifter på rätt sätt, så programmet har inte öppnat den. Ingenting har tagits bort, och filen lämnas som den är.',
  'recovery.fileLabel': 'Filen (uppgift till IT-supporten):',
  'recovery.problemLabel': 'Vad som är fel:',
  'recovery.choose': 'Du kan göra så här:',
  'recovery.newest.title': 'Öppna den senaste säkerhetskopian',
  'recovery.newest.from': 'Den senaste säkerhetskopian är från {{date}} och innehåller {{contents}}.',
  'recovery.newest.explain':
    'Handledning öppnar säkerhetskopian i stället för den skadade filen. Det du har sparat efter {{date}} finns inte med. Den skadade filen får ett nytt namn och ligger kvar i samma mapp, så att IT kan undersöka den.',
  'recovery.newest.submit': 'Öppna den senaste säkerhetskopian',
  'recovery.newest.none':
    'Det finns ingen säkerhetskopia att öppna. Kontakta IT-supporten och berätta var filen finns. Du kan också spara en kopia av den skadade filen åt dem här nedanför.',
  'recovery.newest.failedTitle': 'Säkerhetskopian kunde inte öppnas',
  'recovery.newest.opening': 'Säkerhetskopian är öppnad. Handledning startar om …',
  'recovery.copy.title': 'Spara en kopia av den skadade filen åt IT',
  'recovery.copy.intro':
    'Spara en kopia av den skadade filen i en mapp som du väljer, till exempel på ett USB-minne, och lämna den till IT-supporten.',
  'recovery.copy.pick': 'Spara en kopia åt IT…',
  'recovery.copy.submit': 'Spara kopian i mappen',
  'recovery.copy.done': 'Kopian av den skadade filen är sparad: {{path}}',

  'folder.field': 'Mapp',
  'folder.hint': 'Skriv hela sökvägen till mappen, till exempel E:\\Säkerhetskopior eller /media/usb/Säkerhetskopior.',
  'folder.pickFailedTitle': 'Mappen kunde inte väljas',
} as const;
