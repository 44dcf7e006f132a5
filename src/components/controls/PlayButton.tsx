import { useApp } from '../../store';
import { keyLabel } from '../../hooks/shortcuts';
import { Icon } from './icons';

/** Play or pause the clock; from the last step, play starts over. */
export function PlayButton() {
  const playing = useApp((state) => state.playing);
  const atEnd = useApp((state) => state.stepIndex >= state.timeline.steps.length - 1);
  const empty = useApp((state) => state.timeline.steps.length <= 1);
  const togglePlay = useApp((state) => state.togglePlay);
  const label = playing ? 'Pause' : atEnd ? 'Play from the start' : 'Play';
  return (
    <button
      type="button"
      className="control-button play-button"
      data-testid="play"
      aria-label={label}
      aria-keyshortcuts="Space"
      title={`${label} (${keyLabel('togglePlay')})`}
      disabled={empty}
      onClick={togglePlay}
    >
      <Icon name={playing ? 'pause' : 'play'} />
    </button>
  );
}
