// Messages of the session API's rule violations (DomainError keys).
export const sessionErrors = {
  'error.session.heldCannotChange': 'Tillfället i vecka {{week}} är genomfört och kan inte flyttas eller ställas in. Det som hänt skrivs aldrig om.',
  'error.session.cancelledNotHeld':
    'Tillfället i vecka {{week}} är inställt och kan inte markeras som genomfört. Ångra inställningen först om det ändå hölls.',
  'error.session.cancelledNoNotes':
    'Tillfället i vecka {{week}} är inställt. Ångra inställningen först om du vill skriva dagordning, ärenden eller åtgärder.',
  'error.session.inFuture': 'Tillfället {{date}} har inte ägt rum ännu. Det kan markeras som genomfört från och med samma dag.',
  'error.session.attendeeNotInUnit': 'En av deltagarna finns inte i enhetens personallista.',
  'error.session.attendeeNotActiveOn': '{{name}} var inte med i enhetens personallista {{date}}.',
  'error.session.attendeeTwice': '{{name}} står med två gånger. Samma person räknas bara en gång per tillfälle.',
  'error.session.chairRequired': 'Välj ordförande: en arbetsterapeut eller fysioterapeut som deltog.',
  'error.session.tooManyChairs': 'Högst två ordförande per tillfälle.',
  'error.session.chairNotAttendee': 'Ordföranden måste också vara markerad som deltagare.',
  'error.session.chairRole': '{{name}} kan inte vara ordförande. Ordförande är en arbetsterapeut eller fysioterapeut.',
  'error.session.responsibleNotInUnit': 'Den ansvariga finns inte i enhetens personallista.',
  'error.session.responsibleHasLeft': '{{name}} slutade på enheten {{date}}, före tillfället. Välj någon annan som ansvarig.',
  'error.case.notFound': 'Ärendet finns inte i det här tillfället.',
  'error.action.notFound': 'Åtgärden finns inte.',
  'error.action.notInSession': 'Åtgärden hör inte till tillfället i vecka {{week}}. Den kan ändras där den bestämdes eller där den följs upp.',
} as const;
