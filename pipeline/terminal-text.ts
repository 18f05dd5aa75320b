// C0 controls but tab and newline, DEL, and C1 (U+0080-U+009F, which some terminals read as ESC + a letter).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text from a PDF, a file name or a manifest, made safe to print on a terminal: each control character but tab
 * and newline shown as `\xNN`, so that an OSC 52 in a plan name cannot write the clipboard, an OSC 0 the window
 * title, nor a CSI clear the screen (ECMA-48), and the analyst still sees that something was there. Only for
 * text meant for a terminal: CSV, JSON and the database keep the text as it is.
 */
export function forTerminal(text: string): string {
  return text.replace(
    CONTROL,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
}
