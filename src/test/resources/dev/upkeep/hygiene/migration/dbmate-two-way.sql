-- migrate:up
SET lock_timeout = '3s';
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;
CREATE INDEX CONCURRENTLY orders_shipped_at_idx ON orders (shipped_at);

-- migrate:down
DROP INDEX orders_shipped_at_idx;
ALTER TABLE orders DROP COLUMN shipped_at;
