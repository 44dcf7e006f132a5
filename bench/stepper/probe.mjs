// What runs inside the page: a probe that times each key press to its painted frame, and the trivial page that
// shows the floor of the machine (one text node changed per key press).

/**
 * Installed before any script of the page (page.addInitScript). On every keydown it records the event's timestamp,
 * then waits for the first animation frame after the DOM changed and for one frame more (that frame has been
 * painted when the next one starts): `window.__stepProbe.pending` resolves with the latency in ms (NaN when the
 * DOM did not change within a second).
 */
export function installProbe() {
  const probe = { mutated: false, pending: Promise.resolve(NaN) };
  new MutationObserver(() => {
    probe.mutated = true;
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  // Capture on window: this runs before the page's own handlers, so the mutations they make come after the reset.
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      probe.mutated = false;
      probe.pending = new Promise((resolve) => {
        let frames = 0;
        const frame = () =>
          requestAnimationFrame(() => {
            if (probe.mutated) requestAnimationFrame(() => resolve(performance.now() - start));
            else if (++frames < 60) frame();
            else resolve(NaN);
          });
        frame();
      });
    },
    true,
  );
  window.__stepProbe = probe;
}

/** The trivial page: → changes one text node, nothing else. */
export const trivialPage = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>Floor</title></head>
  <body>
    <p>Step <span id="step">1</span></p>
    <script>
      const text = document.getElementById('step').firstChild;
      let step = 1;
      addEventListener('keydown', (event) => {
        if (event.key === 'ArrowRight') text.nodeValue = String(++step);
      });
    </script>
  </body>
</html>`;
