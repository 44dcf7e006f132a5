import type { StoreApi } from 'zustand/vanilla';
import { readyEvent, resizeEvent, selectEvent, stepEvent, type EmbedEvent } from '../../embed';
import type { AppState } from '../../store';
import { commandReceiver } from './queue';

/** Where events go: the embedding page (window.parent.postMessage with '*': events carry no user data). */
export type Post = (event: EmbedEvent) => void;

/** The `step` event of the state's current step, or null when the timeline is empty. */
export function currentStepEvent(state: AppState): EmbedEvent | null {
  const step = state.timeline.steps[state.stepIndex];
  return step ? stepEvent(state.stepIndex, state.timeline.steps.length, step) : null;
}

/**
 * Tells the page about the store: `ready` then `step` once, `step` on every change of step (or of timeline),
 * `select` on every change of the selected neuron. Gives the function that stops it.
 */
export function postStoreEvents(store: StoreApi<AppState>, post: Post): () => void {
  const first = store.getState();
  post(readyEvent(first.timeline.steps.length));
  const step = currentStepEvent(first);
  if (step) post(step);
  return store.subscribe((state, previous) => {
    if (state.stepIndex !== previous.stepIndex || state.timeline !== previous.timeline) {
      const event = currentStepEvent(state);
      if (event) post(event);
    }
    if (state.selected !== previous.selected) post(selectEvent(state.selected));
  });
}

/**
 * The embed's natural height, in CSS pixels: its heading, banner and controls at their usual size, and its stage at
 * its height as designed (--embed-stage-height, see embed.css), whatever the frame's height. It depends on the frame's
 * width only, so a page that sizes the frame from it does not feed back. Without the stage (or a browser that cannot
 * compute the registered length), the document's height.
 */
export function naturalHeight(win: Window & typeof globalThis): number {
  const { document } = win;
  const embed = document.querySelector('.embed');
  const stage = embed?.querySelector(':scope > .embed-stage');
  const designed = stage
    ? Number.parseFloat(win.getComputedStyle(stage).getPropertyValue('--embed-stage-height'))
    : NaN;
  if (!embed || !Number.isFinite(designed)) return document.documentElement.getBoundingClientRect().height;
  // A short frame sets its heading and controls smaller (embed.css): they are measured at their usual size.
  embed.classList.add('is-natural');
  let height = designed;
  for (const part of embed.children) if (part !== stage) height += part.getBoundingClientRect().height;
  embed.classList.remove('is-natural');
  return height;
}

/**
 * Posts `resize` with the embed's natural height whenever it changes, at most once a frame: on a change of the
 * document's size (its width), or of the embed's parts (a caption or banner that wraps takes from the stage).
 * Gives the stopper.
 */
export function postResizes(win: Window & typeof globalThis, post: Post): () => void {
  const { document } = win;
  if (typeof win.ResizeObserver === 'undefined') return () => undefined;
  let frame: number | null = null;
  let sent = -1;
  const measure = () => {
    frame = null;
    const event = resizeEvent(naturalHeight(win));
    if (event.height === sent) return;
    sent = event.height;
    post(event);
  };
  const observer = new win.ResizeObserver(() => {
    if (frame === null) frame = win.requestAnimationFrame(measure);
  });
  observer.observe(document.documentElement);
  for (const part of document.querySelector('.embed')?.children ?? []) observer.observe(part);
  return () => {
    observer.disconnect();
    if (frame !== null) win.cancelAnimationFrame(frame);
  };
}

/**
 * Connects the embed to its page: commands from the parent window go to the store, events go to the parent.
 * A page that is not embedded (opened on its own) gets no events. Gives the function that disconnects.
 */
export function connectEmbed(store: StoreApi<AppState>, win: Window & typeof globalThis): () => void {
  const receive = commandReceiver(store, win.parent, (task) => void win.setTimeout(task, 0));
  const onMessage = (event: MessageEvent) => receive(event.data, event.source);
  win.addEventListener('message', onMessage);
  const embedded = win.parent !== win;
  const post: Post = (event) => {
    try {
      win.parent.postMessage(event, '*');
    } catch {
      // A page that went away cannot be told anything.
    }
  };
  const stops = embedded ? [postStoreEvents(store, post), postResizes(win, post)] : [];
  return () => {
    win.removeEventListener('message', onMessage);
    for (const stop of stops) stop();
  };
}
