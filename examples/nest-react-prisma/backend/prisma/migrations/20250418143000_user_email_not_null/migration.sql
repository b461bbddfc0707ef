-- Backfill done by hand in production on 2025-04-17.
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL;
