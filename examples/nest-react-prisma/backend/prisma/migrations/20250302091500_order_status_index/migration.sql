-- AlterTable
ALTER TABLE "Order" ADD COLUMN "currency" TEXT NOT NULL DEFAULT 'EUR';

-- CreateIndex
CREATE INDEX "Order_status_idx" ON "Order"("status");
