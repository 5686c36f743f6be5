import type { TFunction } from 'i18next';
import { parseWeekKey } from '../../../shared/domain/calendar';
import type { BillingDifference } from '../../../shared/domain/types';
import { formatOre } from '../../../shared/format/numbers';

/** One change between two versions, in words, for the "Rättelse" list on the form. */
export function describeDifference(t: TFunction, difference: BillingDifference): string {
  const { kind, week, date, billableBefore: before, billableAfter: after } = difference;
  const where = { date: date ?? '', week: week ? parseWeekKey(week).isoWeek : '' };
  const sentence = (() => {
    switch (kind) {
      case 'sessionAdded':
        return t('billing.form.diff.sessionAdded', { ...where, after: after ?? 0 });
      case 'sessionRemoved':
        return t('billing.form.diff.sessionRemoved', { ...where, before: before ?? 0 });
      case 'sessionChanged':
        return before !== after
          ? t('billing.form.diff.sessionChanged', { ...where, before: before ?? 0, after: after ?? 0 })
          : t('billing.form.diff.sessionChangedSame', where);
      case 'totalsChanged':
        return before !== after
          ? t('billing.form.diff.totalsChanged', { before: before ?? 0, after: after ?? 0 })
          : t('billing.form.diff.totalsSame');
    }
  })();
  const { amountBeforeOre, amountAfterOre } = difference;
  const amountChanged = amountBeforeOre !== amountAfterOre && (amountBeforeOre !== null || amountAfterOre !== null);
  const amount = amountChanged
    ? t('billing.form.diff.amount', {
        before: formatOre(amountBeforeOre ?? 0),
        after: formatOre(amountAfterOre ?? 0),
      })
    : '';
  return sentence + amount;
}
