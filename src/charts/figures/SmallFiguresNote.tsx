import { useAppStore } from '../../state/store';

/**
 * Says that `count` figures are too small to read at the linear scale, in `text`, with the log scale one
 * click away: the bars and the chart over time both say it this way.
 */
export function SmallFiguresNote({ count, text }: { count: number; text: string }) {
  const setView = useAppStore((s) => s.setView);
  return (
    <p className="fig-small-note" data-count={count}>
      {text}{' '}
      <button
        type="button"
        className="fig-link-button"
        onClick={() => {
          setView({ scale: 'log' });
        }}
      >
        Compare small figures on a log scale
      </button>
    </p>
  );
}
