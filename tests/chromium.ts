import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/** Debian's Chromium (make test installs it); the tests never download a browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** Whether Chromium is installed; when it is not, says which tests skip and why. */
export function hasChromium(tests: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  console.warn(
    `skipping ${tests}: ${CHROMIUM} is not installed (make test installs it)`,
  );
  return false;
}

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
