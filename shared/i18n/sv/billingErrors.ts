// Messages of the billing API's rule violations (DomainError keys).
export const billingErrors = {
  'error.billing.monthLocked':
    'Underlaget för {{month}} är skickat. Månadens tillfällen och närvaro kan inte ändras förrän månaden öppnas för rättelse.',
  'error.billing.alreadySent': 'Underlaget för {{month}} är redan markerat som skickat.',
  'error.billing.monthNotOver': 'Underlaget för {{month}} kan markeras som skickat när månadens sista tillfälle ({{date}}) har passerat.',
  'error.billing.monthWithoutSessionsNotOver':
    'Månaden har inga planerade tillfällen ännu. Underlaget för {{month}} kan markeras som skickat när månaden är slut, efter den {{date}}.',
  'error.billing.beforeRoutineStart': 'Rutinen startade {{date}}. Det finns inget att fakturera för {{month}}.',
  'error.billing.notSent': 'Underlaget för {{month}} är inte skickat. Bara ett skickat underlag kan öppnas för rättelse.',
  'error.billing.versionNotFound': 'Version {{version}} av underlaget för {{month}} finns inte.',
} as const;
