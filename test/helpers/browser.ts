import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium by default; LATCH_CHROMIUM points elsewhere (e.g. a local Chrome). */
export const chromiumPath = process.env.LATCH_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Flags for a quiet, reproducible browser in a container: no sandbox (we run as root without user
 * namespaces), no GPU, and nothing that phones home (the machine has no general internet, and a
 * stray request would only slow the run down).
 */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium with a fresh temporary profile (launch() makes one and removes it on close). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: ARGS });
}
