import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter/wght.css';
import '../ui/theme.css';
import '../ui/base.css';
import { EmbedApp } from './EmbedApp';

const root = document.getElementById('root');
if (root === null) throw new Error('embed.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <EmbedApp />
  </StrictMode>,
);
