/** The calendar export (.ics): the planning view's section, the session button, the file's words. */
export const calendar = {
  'validation.email': 'Ange en e-postadress som namn@exempel.se, eller lämna fältet tomt.',
  'validation.placeTooLong': 'Platsen får vara högst {{max}} tecken.',
  'validation.placeOneLine': 'Skriv platsen på en rad, utan radbrytningar eller tabbar.',
  'error.calendar.noSessionThisWeek': 'Vecka {{week}} har ingen handledning att lägga i kalendern.',

  'calendar.heading': 'Exportera till kalender',
  'calendar.intro':
    'Filen kan öppnas i Outlook, Google Kalender och Thunderbird. Exportera igen efter ändringar: tillfällena uppdateras, de dubbleras inte.',
  'calendar.from': 'Från',
  'calendar.to': 'Till',
  'calendar.inviteStaff': 'Bjud in personal med e-postadress',
  'calendar.exportSessions': 'Handledningar (.ics)',
  'calendar.exportTeamMeetings': 'Teamträffar (.ics)',
  'calendar.exported': 'Kalenderfilen {{fileName}} är sparad.',
  'calendar.addSession': 'Lägg till i kalender',

  'calendar.event.session': 'Handledning {{unit}}',
  'calendar.event.teamMeeting': 'Teamträff {{unit}}',
  'calendar.event.agendaHeading': 'Dagordning:',
  'calendar.event.teamMeetingNote': 'Ingen handledning den här veckan.',
  'calendar.fileName.sessions': 'Handledningar {{unit}} {{from}}–{{to}}',
  'calendar.fileName.teamMeetings': 'Teamträffar {{unit}} {{from}}–{{to}}',
  'calendar.fileName.session': 'Handledning {{unit}} {{date}}',

  'units.location': 'Plats (valfritt)',
  'units.locationHint': 'Visas i kalendern, till exempel Konferensrummet, Storgatan 4.',
  'units.managerEmail': 'Enhetschefens e-post (valfritt)',
  'units.managerEmailHint': 'Står som arrangör i kalendern.',
  'staff.email': 'E-post (valfritt)',
  'staff.emailHint': 'För att bjuda in till handledningen i kalendern.',
  'audit.subject.to': 'till {{date}}',
  'audit.subject.calendar': 'kalender',
  'audit.subject.teamMeetingCalendar': 'teamträffar i kalender',
} as const;
