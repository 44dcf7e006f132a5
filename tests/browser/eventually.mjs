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
