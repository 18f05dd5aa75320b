import { renderReport, type ReportData } from "../../pipeline/report/index.js";
import { computeShare } from "../../pipeline/stats/index.js";

const hostile = ["<script>alert(1)</script>", '"><img src=x onerror=alert(2)>'];

function data(): ReportData {
  const statistic = computeShare(
    [
      {
        plan: "p<b>",
        name: "Plan <i>",
        region: "R&D",
        headline: 1,
        related: 0,
        unreadable: [],
      },
    ],
    1,
  );
  return {
    generatedAt: "2026-01-01T00:00:00Z",
    toolVersion: "t",
    specVersion: "1.1",
    audited: false,
    statistic,
    interval: null,
    audit: null,
    plans: statistic.plans.map((p) => ({
      ...p,
      documents: 1,
      pages: 1,
      reasons: [],
    })),
    passages: [
      {
        plan: "p<b>",
        document: 'plans/p/a"b.pdf',
        href: "../x.pdf",
        page: 2,
        mentionId: "m1",
        term: "social-value",
        left: hostile[0] as string,
        match: "social value",
        right: hostile[1] as string,
        verdict: "pending",
        source: "OCR, confidence 87",
      },
    ],
    apart: [],
    lexicon: { path: "l", sha256: "s", terms: [] },
    run: {
      runId: 1,
      finishedAt: "f",
      corpus: "/c",
      pdfjsVersion: "p",
      naturalVersion: "n",
      nodeVersion: "v",
    },
    documents: [],
    quality: [
      {
        plan: "p<b>",
        document: "plans/p/<x>.pdf",
        pages: 3,
        flagged: [{ page: 2, flags: ["garbled"], chars: 10 }],
      },
    ],
    ocr: {
      engine: "tesseract 5.3.0",
      pagesOcr: 2,
      pagesPicture: 1,
      pagesUnreadable: 1,
      mentions: 1,
      headlineMentions: 1,
      plansRestingOnOcr: [{ plan: "p<b>", headline: 1, fromText: 0 }],
      documents: [
        {
          document: "plans/p/<scan>.pdf",
          pagesOcr: [2, 3],
          pagesPicture: [1],
          pagesUnreadable: [4],
        },
      ],
      declarations: [
        {
          document: "plans/p/<scan>.pdf",
          pages: [4],
          auditor: "<ann>",
          declaredAt: "2025-01-01T00:00:00.000Z",
          note: "<img src=x onerror=alert(1)> a map",
        },
      ],
    },
  };
}

describe("text from PDFs is shown as text in the report, never run", () => {
  const html = renderReport(data());

  it("escapes <script> and attribute-breaking quotes in passages", () => {
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
    expect(html).not.toContain("<img");
    expect(html.match(/<script>/g)).toHaveLength(1); // the report's own sorting script
  });

  it("marks passages read by OCR with their confidence, and lists OCR pages and the plans that rest on them, escaped", () => {
    expect(html).toContain("pending · <strong>OCR, confidence 87</strong>");
    expect(html).toContain(
      "<li><strong>p&lt;b&gt;</strong>: 1 headline mentions, 0 from text layers</li>",
    );
    expect(html).toContain(
      "<tr><td>plans/p/&lt;scan&gt;.pdf</td><td>pages 2, 3</td><td>page 1</td><td>page 4</td></tr>",
    );
    expect(html).toContain("; OCR tesseract 5.3.0.</p>");
  });

  it("says page numbers as pages, never as bare numbers that read as counts", () => {
    expect(html).toContain(
      "<th>Read by OCR</th><th>Pictures (no text)</th><th>Unreadable</th>",
    );
    expect(html).not.toContain("<th>OCR pages</th>");
  });

  it("lists each page declaration with its document, pages, auditor, time and note, escaped", () => {
    expect(html).toContain(
      "<tr><td>plans/p/&lt;scan&gt;.pdf</td><td>page 4</td><td>&lt;ann&gt;</td><td>2025-01-01T00:00:00.000Z</td><td>&lt;img src=x onerror=alert(1)&gt; a map</td></tr>",
    );
  });

  it("lists pages whose text looks unreliable, escaped", () => {
    expect(html).toContain(
      '<td>plans/p/&lt;x&gt;.pdf</td><td class="n">1 of 3</td><td>garbled: pages 2</td>',
    );
  });

  it("escapes plan names, regions and document paths", () => {
    expect(html).toContain("Plan &lt;i&gt;");
    expect(html).toContain("R&amp;D");
    expect(html).toContain("plans/p/a&quot;b.pdf, page 2");
  });

  it("forbids loading anything from outside (Content-Security-Policy)", () => {
    expect(html).toContain(`content="default-src 'none';`);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
});
