/** Why a manifest path cannot be used safely, or null when it stays inside the corpus root. */
export function checkRelativePath(path: string): string | null {
  if (path === "") return "is empty";
  if (path.includes("\0")) return "contains a NUL character";
  if (path.startsWith("/") || /^[a-z]:/i.test(path))
    return "is absolute (must be relative to the corpus folder)";
  if (path.split("/").some((part) => part === ".."))
    return "leaves the corpus folder (..)";
  return null;
}
