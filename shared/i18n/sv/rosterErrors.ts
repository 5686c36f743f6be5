// Messages of the roster API: its rule violations (DomainError keys) and the outcome of
// each line of an imported list.
export const rosterErrors = {
  'error.staff.personNotFound': 'Personen finns inte.',
  'error.staff.notInUnit': '{{name}} finns inte i enhetens personallista.',
  'error.staff.nameTakenInUnit': 'Det finns redan någon som heter {{name}} i enhetens personallista.',
  'error.staff.alreadyInUnit': '{{name}} finns redan i enhetens personallista.',
  'error.staff.alreadyInactive': '{{name}} har redan slutat på enheten (sista dag {{date}}).',
  'error.staff.alreadyActive': '{{name}} är redan aktiv på enheten.',
  'error.staff.endBeforeStart': 'Sista dagen kan inte vara före första dagen på enheten ({{activeFrom}}).',
  'error.staff.startAfterAttended': '{{name}} var med på handledningen {{date}}. Aktiv från kan vara {{date}} som senast.',
  'error.staff.endBeforeAttended': '{{name}} var med på handledningen {{date}}. Aktiv till kan vara {{date}} som tidigast.',
  'error.staff.periodEndBeforeStart': 'Aktiv till kan inte vara före Aktiv från ({{activeFrom}}).',

  'error.import.noName': 'Namn saknas på raden.',
  'error.import.nameTooLong': 'Namnet får vara högst {{max}} tecken.',
  'error.import.noRole': 'Yrkesroll saknas. Skriv namn och yrkesroll, till exempel ”Anna Berg; undersköterska”.',
  'error.import.unknownRole':
    'Okänd yrkesroll ”{{role}}”. Använd till exempel undersköterska, arbetsterapeut, fysioterapeut, sjuksköterska, enhetschef, planerare, rehabassistent eller annan.',
  'error.import.unknownEmployment': 'Okänd anställningsform ”{{employment}}”. Skriv ordinarie eller vikarie.',
  'error.import.duplicateInList': '{{name}} står redan på rad {{line}} i listan.',
  'error.import.personnummer': 'Raden ser ut att innehålla ett personnummer. Ta bort det: personnummer behövs inte och sparas aldrig.',
  'roster.import.existing': 'Finns redan i enhetens personallista och hoppas över.',
  'roster.import.link': 'Finns redan i en annan enhet och läggs till här utan att registreras två gånger.',
} as const;
