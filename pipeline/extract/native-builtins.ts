// Imported by pdfjs.ts before pdfjs-dist: keeps the engine's own Array.prototype.push (a speed trick:
// docs/speed.md#the-tricks).
//
// Why: pdfjs-dist's legacy build (the one that runs on Node 20) bundles core-js, which replaces
// Array.prototype.push process-wide with a JavaScript version on Node 20 (core-js's feature test fails on an
// edge case of arrays longer than 2^32 elements). Profiling the shared corpus showed that version and its
// helpers among the largest costs of extraction, in pdf.js and in our own matching alike. The native push
// differs only on those edge cases, which neither pdf.js nor we ever reach.

/** The engine's Array.prototype.push, captured before any library can replace it. */
export const NATIVE_PUSH = Array.prototype.push;

/** Puts the engine's Array.prototype.push back (call once pdf.js and its worker module are loaded). */
export function restoreNativePush(): void {
  if (Array.prototype.push !== NATIVE_PUSH) {
    Object.defineProperty(Array.prototype, "push", {
      value: NATIVE_PUSH,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}
