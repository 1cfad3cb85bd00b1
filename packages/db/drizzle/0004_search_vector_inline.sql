-- Custom SQL migration file, put your code below! --
-- Ranking, highlighting and rechecks read the search vector of every candidate row. Stored out of line
-- (the default for a value this size) each read is a TOAST index lookup plus chunk fetches; kept in the
-- row (compressed), it is a decompression: ~2.5× faster ranking in our measurements. The extracted text
-- stays out of line, so rows stay small enough. Applies to rows written from now on.
ALTER TABLE "documents" ALTER COLUMN "search_vector" SET STORAGE MAIN;
