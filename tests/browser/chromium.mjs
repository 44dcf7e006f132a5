// Debian's Chromium, as every browser test and benchmark launches it (nothing downloads a browser).
import { chromium } from 'playwright-core';

/** Where Debian installs Chromium (CHROMIUM_PATH overrides it). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and quiet on this machine's closed network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** A headless Chromium for tests and benchmarks. */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
