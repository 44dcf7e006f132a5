import { useApp } from '../../store';
import { CaptionContent } from '../lazyParts';

/**
 * The caption of presentation mode, readable from the back of a classroom: what the step computes, in large text,
 * and the formula line it adds. Hidden from screen readers: the narration already says each step.
 */
export function PresentationCaption() {
  const presenting = useApp((state) => state.presenting);
  // Built only while presenting: otherwise each step would compute the chain-rule card a second time.
  return presenting ? <CaptionContent /> : null;
}
