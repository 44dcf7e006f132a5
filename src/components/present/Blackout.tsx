import { useApp } from '../../store';

/** The black screen of presentation mode (B): a pause in the lecture; any key or a click brings the frame back. */
export function Blackout() {
  const setBlackout = useApp((state) => state.setBlackout);
  return (
    <div className="blackout" data-testid="blackout" onClick={() => setBlackout(false)}>
      <p className="visually-hidden" role="status">
        The screen is black. Press any key or click to bring the frame back.
      </p>
    </div>
  );
}
