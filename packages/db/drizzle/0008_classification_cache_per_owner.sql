-- LLM answers are now cached per owner (the prompt carries the owner's own confirmed examples). Entries under
-- the old key, shared between owners, can never be read again: drop them rather than keep their quotes.
DELETE FROM classification_cache;
