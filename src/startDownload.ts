import { prefetchShippedDataset } from './data/earlyDataset';

// Loaded by its own script tag, ahead of the app's code (see vite.config.ts).
prefetchShippedDataset(window.location.search);
