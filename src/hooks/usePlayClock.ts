import { useEffect } from 'react';
import { useApp } from '../store';

/**
 * The play clock: while playing, calls tick() every 1000/speed ms. It only advances the step index;
 * the frames come from the timeline, and tick() pauses at the last step. Use it once, in App.
 */
export function usePlayClock(): void {
  const playing = useApp((state) => state.playing);
  const speed = useApp((state) => state.speed);
  const tick = useApp((state) => state.tick);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(tick, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, tick]);
}
