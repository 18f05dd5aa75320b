/** What a plan id must look like: a folder name that cannot leave plans/ and reads well in a URL. */
export const PLAN_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Why `id` cannot be a plan id, or null when it can. */
export function checkPlanId(id: string): string | null {
  if (PLAN_ID_PATTERN.test(id)) return null;
  if (id.length > 80)
    return `plan id "${id.slice(0, 40)}..." is longer than 80 characters`;
  return `plan id "${id.replace(/\0/g, "\\0")}" must be lower-case letters, digits and "-" (like "alder-vale"), starting with a letter or digit`;
}

/**
 * The plan id for a plan name: `"Alder & Vale STP (North)"` → `alder-vale-stp-north`; accents folded, at most
 * 80 characters. Null when the name has no letter or digit to make one from.
 */
export function planIdFromName(name: string): string | null {
  const id = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return id === "" ? null : id;
}
