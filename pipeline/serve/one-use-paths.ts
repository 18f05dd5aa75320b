// Addresses a browser tab may open once without the token: a tab the app opens (the written report) sends no
// header, and the token must never be in an address (history, a page's own script reading its location, a
// referrer). The app asks for one with the token in its header, and the tab spends it on its first request.
import { randomBytes } from "node:crypto";

/** How long an address stays good: the time a tab takes to ask for it, with room for a busy machine. */
const LIFETIME_MS = 60_000;

export type OneUsePaths = {
  /** A new address of `path` (`<path>?once=<ticket>`), good for one GET within a minute. */
  readonly issue: (path: string) => string;
  /** Whether `ticket` was issued for `path` and is still good; it is spent either way. */
  readonly redeem: (path: string, ticket: string) => boolean;
};

/** The one-use addresses of one run of the app; `now` is the clock (milliseconds). */
export function createOneUsePaths(now: () => number = Date.now): OneUsePaths {
  const issued = new Map<string, { path: string; until: number }>();
  return {
    issue: (path) => {
      for (const [ticket, { until }] of issued)
        if (until < now()) issued.delete(ticket);
      const ticket = randomBytes(24).toString("hex");
      issued.set(ticket, { path, until: now() + LIFETIME_MS });
      return `${path}?${new URLSearchParams({ once: ticket }).toString()}`;
    },
    redeem: (path, ticket) => {
      const found = issued.get(ticket);
      issued.delete(ticket);
      return found !== undefined && found.path === path && found.until >= now();
    },
  };
}
