"""Add item description and status

Revision ID: 9c0a54914c78
Revises: e2412789c190
Create Date: 2024-03-02 10:12:01.000000
"""
import sqlalchemy as sa
from alembic import op

revision = "9c0a54914c78"
down_revision = "e2412789c190"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("item", sa.Column("description", sa.String(length=255), nullable=True))
    op.add_column("item", sa.Column("status", sa.String(length=20), nullable=False))
    op.create_index("ix_item_owner_id", "item", ["owner_id"])
    op.alter_column("item", "title", type_=sa.String(length=255))


def downgrade():
    op.alter_column("item", "title", type_=sqlmodel.sql.sqltypes.AutoString())
    op.drop_index("ix_item_owner_id", table_name="item")
    op.drop_column("item", "status")
    op.drop_column("item", "description")
