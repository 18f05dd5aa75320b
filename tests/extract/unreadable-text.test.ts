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
