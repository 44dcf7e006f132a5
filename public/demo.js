// The embedding demo: drives the embed with its postMessage API (docs/embed.md) and logs its events.
// Plain script on purpose: this is what a blogger would paste next to the iframe.
/* global window, document */
(function demo() {
  'use strict';

  const prefix = 'neural-structure:';
  const frame = document.getElementById('embed');
  const log = document.getElementById('log');
  const status = document.getElementById('status');
  const modelField = document.getElementById('load-model');

  /** A small model to load: one weight, one sample. */
  const oneWeight = {
    format: 'neural-structure',
    version: 1,
    title: 'One weight',
    layers: [
      { kind: 'input1d', size: 1 },
      { kind: 'linear', size: 1, weights: [[0.5]] },
    ],
    loss: 'halfSquaredError',
    dataset: [{ x: [2], y: [3] }],
    learningRate: 0.1,
    batchSize: 1,
  };
  modelField.value = JSON.stringify(oneWeight, null, 2);

  let ready = false;
  let height = null;
  let step = null;

  /** Adds a line to the log, newest first, as text (never HTML). */
  function write(kind, message) {
    const item = document.createElement('li');
    item.className = kind === 'sent' ? 'is-sent' : 'is-received';
    const name = document.createElement('span');
    name.className = 'event-name';
    name.textContent = `${kind === 'sent' ? '→' : '←'} ${String(message.type).slice(prefix.length)}`;
    const fields = Object.fromEntries(Object.entries(message).filter(([key]) => key !== 'type'));
    const text = JSON.stringify(fields);
    item.append(name, ` ${text.length > 160 ? `${text.slice(0, 159)}…` : text}`);
    log.prepend(item);
    while (log.childElementCount > 200) log.lastElementChild.remove();
  }

  /** Says where the embed is. */
  function showStatus() {
    if (!ready) return;
    const where = step ? `step ${step.index + 1} of ${step.total} · ${step.label}` : 'no step';
    status.textContent = `Ready · ${where}${height === null ? '' : ` · height ${height}px`}`;
  }

  /** Sends a command to the embed: a sandboxed frame has an opaque origin, so the target is '*'. */
  function send(command) {
    write('sent', command);
    frame.contentWindow.postMessage(command, '*');
  }

  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return; // only this embed's messages
    const message = event.data;
    if (typeof message !== 'object' || message === null || typeof message.type !== 'string') return;
    if (!message.type.startsWith(prefix)) return;
    write('received', message);
    switch (message.type) {
      case `${prefix}ready`:
        ready = true;
        break;
      case `${prefix}step`:
        step = message;
        break;
      case `${prefix}resize`:
        height = message.height;
        frame.style.height = `${message.height}px`;
        break;
      default:
        break;
    }
    showStatus();
  });

  for (const button of document.querySelectorAll('[data-command]'))
    button.addEventListener('click', () => send({ type: `${prefix}${button.dataset.command}` }));

  document.getElementById('goto-form').addEventListener('submit', (event) => {
    event.preventDefault();
    send({ type: `${prefix}goto`, step: Number(document.getElementById('goto-step').value) });
  });

  document.getElementById('select-form').addEventListener('submit', (event) => {
    event.preventDefault();
    send({ type: `${prefix}select`, neuron: document.getElementById('select-neuron').value.trim() });
  });

  document.getElementById('select-none').addEventListener('click', () => {
    send({ type: `${prefix}select`, neuron: null });
  });

  document.getElementById('load-form').addEventListener('submit', (event) => {
    event.preventDefault();
    // The text goes as it is: the embed reads it with the model file parser (and warns in its console if wrong).
    send({ type: `${prefix}load`, model: modelField.value });
  });

  document.getElementById('load-broken').addEventListener('click', () => {
    send({ type: `${prefix}load`, model: { ...oneWeight, layers: [{ kind: 'linear', size: 1 }] } });
  });

  document.getElementById('clear-log').addEventListener('click', () => log.replaceChildren());
})();
