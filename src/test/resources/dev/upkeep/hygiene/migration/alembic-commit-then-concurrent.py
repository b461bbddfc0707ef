"""index events by user

Revision ID: 7c1e
Revises: 6b0d
"""
from alembic import op

revision = "7c1e"
down_revision = "6b0d"


def upgrade():
    # CREATE INDEX CONCURRENTLY cannot run in Alembic's transaction: end it first.
    op.execute("COMMIT")
    op.create_index(op.f("ix_events_user_id"), "events", ["user_id"], unique=False, postgresql_concurrently=True)
    op.create_check_constraint("events_kind_known", "events", "kind IN ('a', 'b')")


def downgrade():
    op.drop_constraint("events_kind_known", "events")
    op.drop_index(op.f("ix_events_user_id"), table_name="events")
