import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { setupPersistence } from './persistence';
import { appStore } from './store';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Restore the saved work before the first frame, then save as the user works.
setupPersistence(appStore);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
