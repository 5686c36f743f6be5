/** Messages of typed API errors (ApiError.message) and of domain rules. */
export const errors = {
  'error.validation': 'Uppgifterna är inte giltiga. Rätta de markerade fälten och försök igen.',
  'error.invalidText': 'Texten innehåller tecken som inte går att läsa. Inget har sparats. Skriv in texten igen.',
  'error.requestTooSlow': 'Uppgifterna kom inte fram i tid. Inget har sparats. Försök igen.',
  'error.unknownMethod': 'Okänd begäran: {{method}}.',
  'error.unauthorized': 'Åtkomst nekad. Starta om Handledning och öppna adressen som skrivs ut.',
  'error.forbiddenSender': 'Begäran kom inte från Handledningens eget fönster och avvisades.',
  'error.folderNotPicked': 'Mappen kunde inte användas eftersom den inte valdes i dialogrutan. Inget har sparats. Försök igen och välj mappen där.',
  'error.internal': 'Något gick fel i Handledning. Inget har sparats. Försök igen.',
  'error.storage': 'Det gick inte att spara i databasen. Inget har ändrats.',
  'error.network': 'Kontakten med Handledning bröts. Kontrollera att programmet är igång.',
  'error.databaseFromNewerVersion':
    'Databasen kommer från en nyare version av Handledning (databasversion {{found}}). Det här är Handledning {{appVersion}}, som kan öppna databasversion {{supported}} och äldre. Be IT installera den nyare versionen. Inget har ändrats i filen.',
  'error.databaseFromNewerVersionWrittenBy':
    'Databasen har senast öppnats med Handledning {{writtenBy}} (databasversion {{found}}). Det här är Handledning {{appVersion}}, som kan öppna databasversion {{supported}} och äldre. Be IT installera Handledning {{writtenBy}} eller senare. Inget har ändrats i filen.',
  'error.databaseNotHandledning': 'Filen är inte en databas från Handledning.',
  'error.unitNotFound': 'Enheten finns inte.',
  'error.unitNameTaken': 'Det finns redan en enhet som heter {{name}}.',
  'error.noSlotRule': 'Enheten har ingen veckotid ännu. Ange veckodag och tid först.',
  'error.ruleChangeBeforeEarliest':
    'Veckotiden kan ändras från och med {{date}} tidigast. Veckor som är genomförda eller finns i ett skickat underlag ändras aldrig.',
  'error.ruleBeforeRoutineStart':
    'Rutinen startade {{date}}. Veckotiden kan inte gälla från ett tidigare datum. Flytta först startdatumet under Rutinen startade i Inställningar.',
  'error.routineStartAfterHeld': 'Ett tillfälle genomfördes {{date}}. Rutinen kan inte ha startat senare än så.',
  'error.routineStartAfterSent': 'Underlaget för {{month}} är skickat. Rutinen kan inte ha startat efter den månaden.',
  'error.weekHasNoSession': 'Vecka {{week}} har inget tillfälle att ändra.',
  'error.weekIsTeamMeetingWeek': 'Vecka {{week}} är en teamträffsvecka. Då hålls ingen handledning.',
  'error.moveOutsideWeek': 'Ett tillfälle kan bara flyttas inom sin egen vecka ({{from}}–{{to}}).',
  'error.moveToWeekend': 'Välj en vardag (måndag–fredag).',
  'error.moveToHoliday': '{{date}} är {{holiday}}. Välj en annan dag.',
  'error.sessionAlreadyCancelled': 'Tillfället i vecka {{week}} är redan inställt.',
  'error.sessionNotCancelled': 'Tillfället i vecka {{week}} är inte inställt.',
  'error.sessionNotMoved': 'Tillfället i vecka {{week}} är inte flyttat.',
  'error.sessionCancelledCannotMove': 'Ett inställt tillfälle kan inte flyttas. Ångra inställningen först.',
  'error.teamMeetingNotFound': 'Teamträffen finns inte.',
  'error.teamMeetingDateTaken': 'Det finns redan en teamträff {{date}}.',
  'error.teamMeetingNotOnDate': 'Den återkommande teamträffen infaller inte {{date}}.',
} as const;
