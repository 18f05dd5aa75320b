import { scanTables } from "../../pipeline/store/index.js";
import { mention, result, seeded } from "./stored-document.js";

const VERSION = 7;
const layout = { shape: { bodySize: 10, isAllCaps: false }, contents: [1] };

type Write = Parameters<typeof scanTables.saveDocument>[1];

/** The document stored in a new database with `write`'s mentions, version and layout. */
function saved(write: Pick<Write, "mentions" | "locateVersion" | "layout">) {
  const { db, runId } = seeded();
  scanTables.saveDocument(db, { runId, result, extractor: "x", ...write });
  return db;
}

const stored = (db: ReturnType<typeof seeded>["db"]) =>
  db
    .prepare(
      "SELECT mention_id, location, location_version FROM mentions ORDER BY mention_id",
    )
    .all();

describe("located mentions and layouts are kept as the scan gives them", () => {
  it("each mention keeps the location given, with the rules' version; one not yet located keeps none", () => {
    const db = saved({
      locateVersion: VERSION,
      mentions: [mention, { ...mention, mentionId: "m2", location: null }],
    });
    expect(stored(db)).toEqual([
      { mention_id: "m1", location: "body", location_version: VERSION },
      { mention_id: "m2", location: null, location_version: null },
    ]);
    expect(scanTables.readDocumentsToLocate(db, VERSION)).toEqual([
      { document: result.doc.path, sha256: result.sha256 },
    ]);
    expect(
      scanTables.readMentionsToLocate(db, result.doc.path, VERSION),
    ).toEqual([{ mentionId: "m2", page: 1, start: 4 }]);
  });

  it("the layout is kept beside the document's pages, by the rules' version, and read back", () => {
    const sha256 = result.sha256 as string;
    const db = saved({ locateVersion: VERSION, mentions: [mention], layout });
    expect(scanTables.readLayout(db, sha256, VERSION)).toEqual(layout);
    expect(scanTables.readLayout(db, sha256, VERSION + 1)).toBeNull();
  });

  it("locations saved later replace those of older rules, in one go", () => {
    const db = saved({ locateVersion: VERSION - 1, mentions: [mention] });
    expect(scanTables.readDocumentsToLocate(db, VERSION)).toHaveLength(1);
    scanTables.saveLocations(db, VERSION, [
      { mentionId: "m1", location: "running" },
    ]);
    expect(stored(db)).toEqual([
      { mention_id: "m1", location: "running", location_version: VERSION },
    ]);
    expect(scanTables.readDocumentsToLocate(db, VERSION)).toEqual([]);
  });
});
