import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain/types';
import { ViewHeading } from '../app/ViewHeading';
import { CreateUnitForm } from './CreateUnitForm';

interface Props {
  onCreated: (unit: Unit) => void;
  onCancel: () => void;
}

export function NewUnitView({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Stack className="narrow">
      <ViewHeading id="new-unit-heading">{t('units.new.title')}</ViewHeading>
      <Text>{t('units.new.intro')}</Text>
      <div className="panel">
        <CreateUnitForm
          labelledBy="new-unit-heading"
          submitLabel={t('units.new.submit')}
          onCreated={onCreated}
          extraActions={
            <Button variant="default" onClick={onCancel}>
              {t('action.cancel')}
            </Button>
          }
        />
      </div>
    </Stack>
  );
}
