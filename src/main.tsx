import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { listenForLinks, openFromAddress, windowAddress } from './components/share/address';
// The options module alone: through src/embed's index, its postMessage command parser would come in the first chunk.
import { parseEmbedOptions } from './embed/options';
import { setupPersistence } from './persistence';
import { appStore } from './store';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** The app: saved work restored, then the link in the address opened over it (undoable), then the first frame. */
function startApp(element: HTMLElement) {
  // Restore the saved work before the first frame, then save as the user works.
  setupPersistence(appStore);
  openFromAddress(appStore, windowAddress(window));
  listenForLinks(appStore, window);
  createRoot(element).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// "?embed" shows the embed's layout (embed.html always does); its code is loaded only then.
if (parseEmbedOptions(window.location.search).options.embed)
  void import('./components/embed/startEmbed').then(({ startEmbed }) => startEmbed(root));
else startApp(root);
