import { ThemeToggle } from './ThemeToggle';

export function Header() {
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="#0b3d66" />
          <path d="M6 22h20" stroke="#9ec9ee" strokeWidth="2" strokeLinecap="round" />
          <rect x="8" y="14" width="4" height="8" rx="1" fill="#e69f00" />
          <rect x="14" y="9" width="4" height="13" rx="1" fill="#56b4e9" />
          <rect x="20" y="17" width="4" height="5" rx="1" fill="#009e73" />
        </svg>
        <div>
          <h1 className="brand-name">Aidline</h1>
          <p className="brand-tagline">
            The war in Ukraine as dated events and the money behind them, every mark sourced.
          </p>
        </div>
      </div>
      <div className="header-actions">
        <ThemeToggle />
      </div>
    </header>
  );
}
