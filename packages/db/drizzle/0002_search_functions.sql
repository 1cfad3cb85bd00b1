-- Custom SQL migration file, put your code below! --
-- Functions behind the generated `documents.title` and `documents.search_vector` columns (next migration).
-- Drizzle cannot express functions; see docs/decisions/0009-search-and-listing-at-scale.md.

-- The first non-empty line of the extracted text, at most 200 characters; null when there is none.
CREATE OR REPLACE FUNCTION docscan_title(body text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT nullif(btrim(left(substring(left(body, 10000) FROM '\S[^\r\n]*'), 200)), '')
$$;
--> statement-breakpoint

-- The weighted search vector of one document: filename and title weight A, body text weight C.
-- A tsvector holds at most 1 MB. Ordinary text gives far less than a byte per character, but crafted
-- text (long runs of distinct hyphenated 4-byte letters) gives up to ~9, so the body is indexed in
-- bounded prefixes: the first 200 000 characters, or a shorter prefix if that overflows, or only the
-- head. An UPDATE of the text can therefore never fail because of the index.
CREATE OR REPLACE FUNCTION docscan_search_vector(lang text, filename text, body text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  cfg regconfig := ('pg_catalog.' || coalesce(lang, 'simple'))::regconfig;
  -- Separators become spaces so `northwind_invoice-2024.pdf` yields `northwind`, `invoice`, `2024` and
  -- `pdf`; the name as given is kept too, so a search for `invoice-2024.pdf` matches it whole.
  head tsvector := setweight(
    pg_catalog.to_tsvector(cfg, concat_ws(' ', translate(left(filename, 1000), '._-/\', '     '), left(filename, 1000), public.docscan_title(body))),
    'A');
  lim integer;
BEGIN
  -- Up to 20 000 bytes nothing can overflow: no fallback (and no subtransaction) needed.
  IF body IS NULL OR octet_length(body) <= 20000 THEN
    RETURN head || setweight(pg_catalog.to_tsvector(cfg, coalesce(body, '')), 'C');
  END IF;
  FOREACH lim IN ARRAY ARRAY[200000, 50000, 10000] LOOP
    BEGIN
      RETURN head || setweight(pg_catalog.to_tsvector(cfg, left(body, lim)), 'C');
    EXCEPTION WHEN program_limit_exceeded THEN
      NULL; -- "string is too long for tsvector": try a shorter prefix
    END;
  END LOOP;
  RETURN head;
END
$$;
