import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IsoDate, SlotRule } from '../../../shared/domain/types';
import { timeRange } from '../format';

/** Every weekly slot the unit has had, newest first; the one in force today is marked. */
export function SlotRuleHistory({ rules, today }: { rules: SlotRule[]; today: IsoDate }) {
  const { t } = useTranslation();
  const sorted = [...rules].sort((a, b) => b.validFrom.localeCompare(a.validFrom) || b.id - a.id);
  const inForce = sorted.find((rule) => rule.validFrom <= today);
  const state = (rule: SlotRule) => {
    if (rule.validFrom > today) return t('units.slot.upcoming');
    return rule === inForce ? t('units.slot.inForce') : t('units.slot.earlier');
  };

  return (
    <Table withTableBorder captionSide="top" className="data-table">
      <Table.Caption>{t('units.slot.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('units.slot.col.validFrom')}</Table.Th>
          <Table.Th scope="col">{t('units.slot.col.weekday')}</Table.Th>
          <Table.Th scope="col">{t('units.slot.col.time')}</Table.Th>
          <Table.Th scope="col">{t('units.slot.col.duration')}</Table.Th>
          <Table.Th scope="col">{t('units.slot.col.state')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((rule) => (
          <Table.Tr key={rule.id}>
            <Table.Th scope="row">{rule.validFrom}</Table.Th>
            <Table.Td>{t(`weekday.${rule.weekday}`)}</Table.Td>
            <Table.Td>{timeRange(t, rule.startTime, rule.durationMinutes)}</Table.Td>
            <Table.Td>{t('time.minutes', { minutes: rule.durationMinutes })}</Table.Td>
            <Table.Td>{state(rule)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
