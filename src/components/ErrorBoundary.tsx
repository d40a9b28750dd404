import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What failed, in words a reader understands ("The timeline"). */
  label?: string;
}

interface State {
  error: Error | null;
}

/** Catches a render failure so that it never leaves a blank page; offers to try again. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.label ?? 'Aidline'} failed to render:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div className="gate gate-error" role="alert">
        <h2>{this.props.label ?? 'Aidline'} ran into a problem</h2>
        <p className="gate-detail">{error.message}</p>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            this.setState({ error: null });
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}
