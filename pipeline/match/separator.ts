// Spec §Tokens: a phrase continues across whitespace, hyphens/dashes, brackets or quotes (already folded to
// "-", "'" and '"' by normalisation); any other character (. , ; : ! ? / ...) breaks it.
const JOINING = /^[\s\-()[\]{}'"]*$/u;

/** True when the normalised text between two tokens lets a phrase go on. */
export function isJoiningSeparator(separator: string): boolean {
  return JOINING.test(separator);
}
