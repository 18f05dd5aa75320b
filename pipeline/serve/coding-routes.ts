import { Hono } from "hono";
import { codebookOf } from "../audit/index.js";
import type { CodebookJson } from "./api-types.js";
import { answer } from "./respond.js";
import type { Db } from "../store/index.js";

/**
 * The routes of double coding: GET /api/codes, the codebook of reasons a verdict may carry (read afresh, so an
 * edit of the corpus's codebook.csv shows). The verdict route takes a reason's `code`; the mentions route honours
 * blind coding and `assigned=1` (the viewer's sample).
 */
export function codingRoutes(db: Db): Hono {
  return new Hono().get("/api/codes", () =>
    answer(200, codebookOf(db) satisfies CodebookJson),
  );
}
