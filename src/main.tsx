import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { afterFirstFrame, LinkBanner, preloadOpeners } from './components/lazyParts';
import { listenForLinks, openAddressLink, windowAddress } from './components/share/address';
// The check alone: the embed's option parser and postMessage protocol come with the embed's own chunk.
import { isEmbedQuery } from './embed/detect';
import { backwardFormulas } from './formulas/backwardCode';
import { startPersistence } from './persistence/start';
import { appStore, loadFailedNotice, selectDescribable } from './store';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * The app: saved work restored, then the link in the address opened over it (undoable), then the first frame. What
 * they need is loaded before the first frame only when there is saved work or a link: a first visit loads neither.
 */
async function startApp(element: HTMLElement) {
  await startPersistence(appStore, { later: afterFirstFrame });
  // A link that cannot be opened shows its banner in the first frame.
  if ((await openAddressLink(appStore, windowAddress(window))) === 'refused') await LinkBanner.preload();
  // Saved work may open on any step: the formulas that describe it, before the first frame (see store/describe.ts).
  if (!selectDescribable(appStore.getState()))
    await backwardFormulas
      .load()
      .catch(() => appStore.getState().notify(loadFailedNotice('the formulas of the backward pass')));
  listenForLinks(appStore, window);
  createRoot(element).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // A move past the forward pass waits for its formulas: they are fetched at once, beside the first frame's KaTeX.
  // What the toolbar and the diagram open comes once the first frame is on screen.
  backwardFormulas.load().catch(() => undefined);
  afterFirstFrame(() => void preloadOpeners());
}

// "?embed" shows the embed's layout (embed.html always does); its code is loaded only then.
if (isEmbedQuery(window.location.search))
  import('./components/embed/startEmbed').then(
    ({ startEmbed }) => startEmbed(root),
    () => {
      root.textContent = 'The embed could not be loaded: check the connection, then reload the page.';
    },
  );
else void startApp(root);
