import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { openEmbed, resolveRange, protocolName } from '../../embed';
import { appStore, linkCode } from '../../store';
import { connectEmbed } from './connect';
import { EmbedApp } from './EmbedApp';

/** The largest `to`: "up to the last step", whatever the length of the model loaded later. */
const toTheEnd = Number.MAX_SAFE_INTEGER;

/**
 * Starts the embed in `root`: reads the options and the link from the address, opens the model on its frame
 * within the step range, renders, then talks to the embedding page. Nothing is stored: an embed remembers nothing.
 * An embed opens on any step: the formulas of the steps after the forward pass come first (see store/describe.ts),
 * with the link reader that opens the model on its frame.
 */
export async function startEmbed(root: HTMLElement, win: Window & typeof globalThis = window): Promise<void> {
  // The link reader comes with the formulas after the forward pass.
  await linkCode
    .load()
    .catch(() =>
      console.warn(`${protocolName}: the link reader could not be loaded; the embed shows the Example.`),
    );
  const start = openEmbed(win.location.search, win.location.hash);
  const state = appStore.getState();
  state.openShared(start.model, start.view);
  const total = appStore.getState().timeline.steps.length;
  const { range, problems } = resolveRange(start.options, total);
  appStore.getState().setRange({ from: range.from, to: start.options.to === null ? toTheEnd : range.to });
  if (start.linkProblems.length > 0)
    appStore.getState().showLinkProblem({
      problems: start.linkProblems,
      raw: win.location.hash,
      shownInstead: start.model.title,
    });
  for (const note of [...start.notes, ...problems]) console.warn(`${protocolName}: ${note}`);
  win.document.documentElement.dataset.theme = start.options.theme;
  win.document.documentElement.classList.add('is-embed');
  const reactRoot = createRoot(root);
  // The first frame is on screen before `ready` is sent.
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <EmbedApp controls={start.options.controls} />
      </StrictMode>,
    ),
  );
  connectEmbed(appStore, win);
}
