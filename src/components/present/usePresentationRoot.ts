import type { CSSProperties } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../store';
import './presentation.css';

/** The attributes of the app's root element that switch presentation mode and its theme on. */
export interface PresentationRootProps {
  readonly className: string;
  readonly 'data-theme'?: 'projector';
  readonly style?: CSSProperties;
}

/**
 * The app root's class, theme and label scale: `.presenting` hides the editing chrome, `data-theme="projector"` sets
 * the high-contrast colours, `.spotlight` dims everything but the current path, and `--label-scale` sizes the labels.
 */
export function usePresentationRoot(base: string): PresentationRootProps {
  const { presenting, spotlight, labelScale } = useApp(
    useShallow((state) => ({
      presenting: state.presenting,
      spotlight: state.spotlight,
      labelScale: state.labelScale,
    })),
  );
  if (!presenting) return { className: base };
  return {
    className: `${base} presenting${spotlight ? ' spotlight' : ''}`,
    'data-theme': 'projector',
    style: { '--label-scale': String(labelScale) } as CSSProperties,
  };
}
