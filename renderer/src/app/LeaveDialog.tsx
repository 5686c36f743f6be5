import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeaveGuard } from './leaveGuard';

/** After a refused "save and leave": the first refused field, else the form's message (as ApiFormFrame does). */
function focusRefusal(): void {
  const main = document.getElementById('main');
  (main?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? main?.querySelector<HTMLElement>('form [role="alert"]'))?.focus();
}

/**
 * "Osparade ändringar": stay (the default, first and focused, so Enter or Escape loses
 * nothing), save and leave, or leave without saving. A refused save keeps the manager in the
 * view with the focus on what was refused, which may be far below the link they had chosen.
 */
export function LeaveDialog({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={guard.asking}
      onClose={guard.stay}
      id="leave-dialog"
      title={t('leave.title')}
      closeButtonProps={{ 'aria-label': t('action.close') }}
      returnFocus={!guard.refused}
      onExitTransitionEnd={() => {
        if (guard.refused) focusRefusal();
      }}
    >
      <Text mb="md">{t('leave.message')}</Text>
      <Group gap="sm">
        <Button onClick={guard.stay} data-autofocus>
          {t('leave.stay')}
        </Button>
        <Button variant="default" onClick={() => void guard.saveAndLeave()}>
          {t('leave.save')}
        </Button>
        <Button variant="default" color="red" onClick={guard.leave}>
          {t('leave.discard')}
        </Button>
      </Group>
    </Modal>
  );
}
