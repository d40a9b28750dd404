import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter/wght.css';
import './ui/theme.css';
import './ui/base.css';
import { App } from './ui/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { applyInitialTheme } from './ui/useTheme';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element.');

applyInitialTheme();
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
