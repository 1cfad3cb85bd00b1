-- Disabling a user now deletes their API tokens (ADR 0017). Before, it only ended their sessions, so the
-- tokens of users disabled under an older version would come back when they are enabled again.
DELETE FROM "api_tokens" WHERE "user_id" IN (SELECT "id" FROM "users" WHERE "disabled");
