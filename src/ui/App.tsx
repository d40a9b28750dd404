import { DatasetGate } from './DatasetGate';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Footer } from './Footer';
import { Header } from './Header';
import { useApplyTheme } from './useTheme';
import { Workspace } from './Workspace';
import './app.css';

export function App() {
  useApplyTheme();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the timeline
      </a>
      <Header />
      <ErrorBoundary label="Aidline">
        <DatasetGate>
          <Workspace />
        </DatasetGate>
      </ErrorBoundary>
      <Footer />
    </div>
  );
}
