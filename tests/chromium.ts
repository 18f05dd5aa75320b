import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/** Debian's Chromium (make test installs it); the tests never download a browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** Why the browser tests cannot run (Chromium is not installed), or null when they can; see describeUnlessMissing. */
export const missingChromium = (): string | null =>
  existsSync(CHROMIUM)
    ? null
    : `${CHROMIUM} is not installed (make test installs it)`;

/** Headless Chromium that reaches out to nothing by itself. */
export const launchChromium = () =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
