import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain/types';

interface Props {
  title: string;
  unit: Unit;
  /** Further rows after the unit, provider and convener: time, place, chair. */
  rows: PrintFact[];
}

/** The head of a printed page: what it is, for which unit, and when. */
export function PrintHeader({ title, unit, rows }: Props) {
  const { t } = useTranslation();
  const all = [
    { term: t('print.unit'), value: unit.name },
    { term: t('print.provider'), value: unit.providerName },
    { term: t('print.convener'), value: unit.managerName },
    ...rows,
  ];
  return (
    <header className="print-header">
      <h1>{title}</h1>
      <PrintFacts facts={all} />
    </header>
  );
}

export type PrintFact = { term: string; value: ReactNode };

/** The "term: value" lines under a printed title (unit, month, manager, ...). */
export function PrintFacts({ facts }: { facts: PrintFact[] }) {
  return (
    <dl className="print-facts">
      {facts.map(({ term, value }) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
