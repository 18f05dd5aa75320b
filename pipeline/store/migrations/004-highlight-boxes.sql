-- Schema version 4: where text stands on the page, so the audit app can highlight a mention on the rendered
-- page without parsing the PDF again. Both columns are JSON; null for rows written before version 4.
ALTER TABLE pages ADD COLUMN boxes TEXT;     -- [{start, end, x, y, width, height, rotated}], PDF user space
ALTER TABLE mentions ADD COLUMN boxes TEXT;  -- [[x0, y0, x1, y1], ...], PDF user space
