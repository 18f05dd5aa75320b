const KEY = "stp-token";

/**
 * The run's token. It comes once in the URL the command printed, then lives in this tab's sessionStorage, out of
 * the address bar; every API request carries it in a header, never in a cookie (which the browser would send to
 * every port of 127.0.0.1).
 */
export function takeToken(): string {
  const token =
    new URLSearchParams(location.search).get("token") ??
    sessionStorage.getItem(KEY) ??
    "";
  sessionStorage.setItem(KEY, token);
  // The hash stays: it is the workbench view asked for (`?token=…#/search?q=…`).
  history.replaceState(null, "", location.pathname + location.hash);
  return token;
}
