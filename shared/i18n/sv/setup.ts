// The first-run guide: create the unit, set the weekly slot, mark the team meetings.
export const setup = {
  'setup.title': 'Kom igång med Handledning',
  'setup.titleForUnit': 'Kom igång med {{unit}}',
  'setup.intro': 'Tre korta steg. Du kan ändra allt senare under Inställningar.',
  'setup.steps': 'Steg i guiden',
  'setup.stepOf': 'Steg {{step}} av {{total}}: {{title}}',
  'setup.stepDone': 'klart',
  'setup.step1.title': 'Enheten',
  'setup.step1.intro': 'Ange vilken personalgrupp handledningen gäller.',
  'setup.step2.title': 'Veckotid',
  'setup.step2.intro': 'Handledningen hålls en gång i veckan, samma dag och tid.',
  'setup.step2.routineStart': 'Rutinen startade',
  'setup.step2.routineStartHint':
    'Första dagen enheten hade handledning enligt rutinen, som ÅÅÅÅ-MM-DD. Tillfällen från den dagen kan registreras, och personalen blir aktiv från den.',
  'setup.step3.title': 'Teamträffar',
  'setup.step3.intro':
    'Den vecka enheten har teamträff hålls ingen handledning. Välj hur teamträffarna återkommer och lägg till enstaka datum om det behövs.',
  'setup.step3.dates': 'Enstaka teamträffar (frivilligt)',
  'setup.saveAndContinue': 'Spara och gå vidare',
  'setup.finish': 'Klar',
} as const;
