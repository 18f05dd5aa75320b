import fc from "fast-check";
import { isUnreadableText } from "../../pipeline/extract/unreadable-text.js";

describe("a page's text is unreadable when it is glyph codes, not text", () => {
  it.each([
    ["control characters from a Type3 font without ToUnicode", "\u0019\u0012"],
    [
      "NULs and controls with a few ASCII letters among them",
      "\u0000\u0001\u0002\u0003 JKJC \u0004\u0005\u0006\u0007\b\u000e\u000f",
    ],
    ["replacement characters", "\ufffd\ufffd \ufffd\ufffd\ufffd word"],
    ["private-use code points", "\ue001\ue002\ue003 \ue004\ue005 ab"],
    [
      "ASCII punctuation standing for glyphs",
      "!\"#$ !\"%&'!()$*$+#*'!*,-./01&2234%5-./",
    ],
  ])("%s", (_why, text) => {
    expect(isUnreadableText(text)).toBe(true);
  });

  it.each([
    ["English prose", "Social value is part of the plan for 2017/18."],
    ["Arabic", "النتائج النهائية للانتخابات البلدية في ولاية مدنين"],
    ["Chinese without spaces", "本公司债券募集说明书摘要及财务报表"],
    ["Japanese", "吾輩は猫である。名前はまだ無い。"],
    ["Thai with combining marks", "แบบฝึกหัดคณิตศาสตร์ เรื่อง การบวกและการลบ"],
    ["Hebrew", "הלשכה המרכזית לסטטיסטיקה לוח מספר"],
    [
      "a table of numbers",
      "1,234.56  7,890.12\n-45.6%  (3,210)  12/03/2019\n£4,500",
    ],
    [
      "a contents page with dot leaders",
      "Introduction ........................ 3\nFinance ............................ 17",
    ],
    [
      "a contents page with spaced dot leaders (LaTeX)",
      "1.1 Topologische Räume . . . . . . . . . . . . . . . . . . 2\n1.2 Metrische Räume . . . . . . . . . . . . . . . . 6",
    ],
    [
      "a rule of dashes and a title",
      "--------------------------------------\nSummary",
    ],
    ["a lone bullet", "•"],
    ["a page number between dashes", "- 3 -"],
    ["only whitespace", " \n\t "],
  ])("but not %s", (_why, text) => {
    expect(isUnreadableText(text)).toBe(false);
  });
});

describe("the counting is the same as a character-by-character count", () => {
  // The definition the fast version must agree with, written the plain way.
  const GARBAGE_CHAR =
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff\u{f0000}-\u{10ffff}]/u;
  const LEADERS = /([^\s\p{L}\p{M}\p{N}])(?:\s*\1){2,}/gu;
  const visible = (text: string) => [...text].filter((ch) => !/\s/u.test(ch));
  function reference(text: string): boolean {
    const chars = visible(text);
    if (chars.length === 0) return false;
    const garbage = chars.filter((ch) => GARBAGE_CHAR.test(ch)).length;
    if (garbage / chars.length > 0.3) return true;
    const counted = visible(text.replace(LEADERS, ""));
    if (counted.length < 10) return false;
    const wordlike = counted.filter((ch) =>
      /[\p{L}\p{M}\p{N}]/u.test(ch),
    ).length;
    return wordlike / counted.length < 0.5;
  }

  it("on random mixes of letters, symbols, controls, private use, astral and lone surrogates", () => {
    const pieces = [
      "a",
      "Z",
      "7",
      " ",
      "\n",
      "\t",
      ".",
      ". ",
      "-",
      "•",
      "\u0000",
      "\u0007",
      "\u0085",
      "\ufffd",
      "\ue001",
      "\u{f0001}",
      "\u{1d400}",
      "\ud800",
      "\udc00",
      "é",
      "\u0301",
      "ع",
      "本",
      "$",
      "!",
      "\u00a0",
      "\u2003",
      "\u3000",
      "\ufeff",
      "\u200b",
      "\u2028",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }),
        (parts) => {
          const text = parts.join("");
          expect(isUnreadableText(text)).toBe(reference(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
