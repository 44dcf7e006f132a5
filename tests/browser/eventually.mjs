// Polling for browser tests: the page updates in its own time, so assertions retry until they pass.

/** Polls `read` until `check` passes on its value, or fails with the last error after `timeout` ms. */
export async function eventually(read, check, message, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    try {
      check(value);
      return value;
    } catch (error) {
      if (Date.now() > end) throw new Error(`${message}: ${error.message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** In the page: true when, two frames on, no animation or transition runs (a fade, the view's glide, a label's growth). */
const quietFrames = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        resolve(document.getAnimations().every((animation) => animation.playState !== 'running')),
      ),
    ),
  );

/** Waits until the page (or frame) has settled: two frames pass with nothing animating. */
export async function settled(page, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(quietFrames))) {
    if (Date.now() > end) throw new Error(`still animating after ${timeout} ms`);
  }
}
