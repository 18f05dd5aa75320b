import {
  normalise,
  normaliseReadings,
} from "../../pipeline/normalise/index.js";

describe("spec §Normalisation 4: line-end hyphenation", () => {
  it.each([
    [
      "joined reading joins a word broken by the typesetter",
      "so-\ncial",
      "joined",
      "social",
    ],
    ["joined reading works for capitals", "VAL-\nUE", "joined", "VALUE"],
    [
      "compound reading keeps a real compound's hyphen",
      "social-\nvalue",
      "compound",
      "social-value",
    ],
    [
      "spaces around the break do not matter",
      "so- \n  cial",
      "joined",
      "social",
    ],
    [
      "an en dash at the line end is a hyphen too",
      "so\u2013\ncial",
      "joined",
      "social",
    ],
  ] as const)("%s", (_name, raw, reading, text) => {
    expect(normalise(raw, reading).text).toBe(text);
  });

  it.each([
    ["a hyphen inside a line is kept as it is", "social-value"],
    [
      "a hyphen before a digit on the next line is no line-end hyphen",
      "2016-\n17",
    ],
    ["a hyphen after a space is a dash, not a hyphenation", "value -\nsocial"],
  ])("%s (one reading)", (_name, raw) => {
    expect(normaliseReadings(raw)).toHaveLength(1);
  });

  it("tries both readings when a page has a line-end hyphen", () => {
    expect(normaliseReadings("social-\nvalue").map((r) => r.text)).toEqual([
      "socialvalue",
      "social-value",
    ]);
  });

  it("maps a joined word back to the raw characters including the hyphen and break", () => {
    const raw = "x so-\ncial y";
    const n = normalise(raw, "joined");
    const start = n.text.indexOf("social");
    const end = start + "social".length;
    expect(raw.slice(n.toRaw[start], n.toRawEnd[end - 1])).toBe("so-\ncial");
  });
});
