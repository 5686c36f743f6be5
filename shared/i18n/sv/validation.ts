/** Field messages, shown next to the field; the zod schemas in shared/api refer to these keys. */
export const validation = {
  'validation.invalid': 'Ogiltigt värde.',
  'validation.unitNameRequired': 'Ange enhetens namn.',
  'validation.unitNameTooLong': 'Namnet får vara högst {{max}} tecken.',
  'validation.providerNameRequired': 'Ange utförarens namn.',
  'validation.managerNameRequired': 'Ange enhetschefens namn.',
  'validation.textTooLong': 'Texten får vara högst {{max}} tecken.',
  'validation.time': 'Ange en tid mellan 00:00 och 23:59, till exempel 14:00.',
  'validation.date': 'Ange ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-05-14.',
  'validation.week': 'Ange en vecka som finns, till exempel 2026-W48.',
  'validation.weekday': 'Välj en veckodag.',
  'validation.duration': 'Ange en längd mellan {{min}} och {{max}} minuter.',
  'validation.cancelReasonRequired': 'Ange varför tillfället ställs in.',
  'validation.intervalWeeks': 'Ange ett intervall mellan {{min}} och {{max}} veckor.',
  'validation.nth': 'Välj vilken i månaden (första–fjärde eller sista).',
  'validation.dateRange': 'Slutdatum måste vara samma dag som eller efter startdatum, högst {{max}} dagar.',
  'validation.id': 'Ogiltig identitet.',
} as const;
