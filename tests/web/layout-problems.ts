// A check run inside the page (as a string, so this Node-typed file needs no DOM types): every visible element
// that overlaps a sibling, that the viewport cuts at its left or right edge, or whose own box cuts what it holds
// without letting it scroll (overflow hidden, text ending in an ellipsis).

/**
 * Returns lines naming each problem. Left out: what is meant to lie over something (positioned absolutely or
 * fixed: highlights, the skip link, screen-reader text), the inside of SVG pictures, inline text broken over
 * lines (its box spans the lines), and what lies inside a box that scrolls on its own (a wide table scrolls in
 * its frame; the frame itself is checked). The view's main area is the page, not such a box: a table that made
 * it scroll sideways is cut.
 */
export const LAYOUT_PROBLEMS = `(() => {
  const width = document.documentElement.clientWidth;
  const problems = [];
  const name = (el) =>
    el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\\s+/).join(".") : "") +
    ' "' + (el.textContent || "").trim().slice(0, 30) + '"';
  const shown = (el) => {
    const s = getComputedStyle(el);
    if (s.display === "none" || s.visibility === "hidden") return false;
    if (s.position === "absolute" || s.position === "fixed") return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const scrollsOnItsOwn = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (a.id === "content") return false;
      const s = getComputedStyle(a);
      if (/(auto|scroll|hidden|clip)/.test(s.overflowX)) return true;
    }
    return false;
  };
  const checked = [...document.body.querySelectorAll("*")].filter(
    (el) => !(el.closest("svg") && el.tagName.toLowerCase() !== "svg") &&
      !["option", "script", "style", "title"].includes(el.tagName.toLowerCase()) &&
      !el.closest(".sr-only, [aria-hidden='true']") && shown(el) &&
      !(getComputedStyle(el).display === "inline" && el.getClientRects().length > 1),
  );
  const isChecked = new Set(checked);
  for (const el of checked) {
    const r = el.getBoundingClientRect();
    if (!scrollsOnItsOwn(el) && (r.left < -1 || r.right > width + 1))
      problems.push("cut by the viewport: " + name(el) + " spans " + Math.round(r.left) + "-" + Math.round(r.right) + " of " + width);
    const own = getComputedStyle(el);
    if (/(hidden|clip)/.test(own.overflowX) && el.scrollWidth > el.clientWidth + 1)
      problems.push("cut inside its box: " + name(el) + " holds " + el.scrollWidth + " px in " + el.clientWidth);
    for (let s = el.nextElementSibling; s; s = s.nextElementSibling) {
      if (!isChecked.has(s)) continue;
      const q = s.getBoundingClientRect();
      const x = Math.min(r.right, q.right) - Math.max(r.left, q.left);
      const y = Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top);
      if (x > 1 && y > 1) problems.push("overlap: " + name(el) + " and " + name(s));
    }
  }
  return problems;
})()`;
