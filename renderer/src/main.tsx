import '@mantine/core/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AnnouncerProvider } from './app/announcer';
import { initI18n } from './i18n';
import { cssVariablesResolver, theme } from './theme';

initI18n();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
        <AnnouncerProvider>
          <App />
        </AnnouncerProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
