-- AlterTable
ALTER TABLE "Post" ADD COLUMN "slug" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX CONCURRENTLY "Post_slug_key" ON "Post"("slug");
