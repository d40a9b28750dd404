interface ToolbarProps {
  windowText: string;
  canZoomIn: boolean;
  canZoomOut: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
}

/**
 * Zoom buttons and the visible window in words. Buttons at a limit are marked aria-disabled rather than
 * disabled, so that keyboard focus stays on them.
 */
export function TimelineToolbar(props: ToolbarProps) {
  const button = (label: string, text: string, enabled: boolean, onClick: () => void, wide = false) => (
    <button
      type="button"
      className={`btn${wide ? '' : ' btn-icon'} tl-zoom-button`}
      aria-label={label}
      title={label}
      aria-disabled={!enabled}
      onClick={() => {
        if (enabled) onClick();
      }}
    >
      {text}
    </button>
  );
  return (
    <div className="tl-toolbar">
      <div className="tl-zoom" role="group" aria-label="Zoom">
        {button('Zoom in', '+', props.canZoomIn, props.onZoomIn)}
        {button('Zoom out', '−', props.canZoomOut, props.onZoomOut)}
        {button('Fit all', 'Fit all', props.canZoomOut, props.onFit, true)}
      </div>
      <p className="tl-window">
        <span className="muted">Showing </span>
        <span className="tl-window-text">{props.windowText}</span>
      </p>
    </div>
  );
}
