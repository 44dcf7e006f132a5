import { useDisclosure } from '../controls/useDisclosure';
import { SharePanel } from '../lazyParts';
import './share.css';

/** The share icon: three linked dots. */
function ShareIcon() {
  return (
    <svg
      className="share-icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <g fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M8.6 10.7l6.8-3.9M8.6 13.3l6.8 3.9" />
        <circle cx="6" cy="12" r="2.6" fill="currentColor" />
        <circle cx="18" cy="5.5" r="2.6" fill="currentColor" />
        <circle cx="18" cy="18.5" r="2.6" fill="currentColor" />
      </g>
    </svg>
  );
}

/** The toolbar's Share button: a panel with the link to this step and the embed code. Escape or a click outside closes it. */
export function ShareMenu() {
  const { open, close, button, id, buttonProps } = useDisclosure();
  return (
    <div className="share-menu">
      <button
        {...buttonProps}
        className="share-button"
        data-testid="share-button"
        title="Copy a link to this step, or the code to embed it in a page"
      >
        <ShareIcon />
        Share
      </button>
      {open && <SharePanel id={id} button={button} onClose={close} />}
    </div>
  );
}
