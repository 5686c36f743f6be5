import { createTheme, Modal, type CSSVariablesResolver } from '@mantine/core';

// WCAG 2.1 AA: Mantine's default blue.6 gives white button text only 3.6:1, so every
// filled colour uses shade 9, and the grey and red texts get darker shades.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 9,
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    // A dialog's title bar is a <header> in a <section role="dialog">: outside any sectioning
    // element by role, so it counts as a second page banner beside the app's own. It is only
    // the dialog's title and close button, not a landmark.
    Modal: Modal.extend({ defaultProps: { attributes: { header: { role: 'presentation' } } } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-red-light': 'var(--mantine-color-red-0)',
  },
  dark: {},
});
