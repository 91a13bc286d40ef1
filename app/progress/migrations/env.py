"""Alembic environment: always run against the connection the app hands over."""

from alembic import context

from app.progress.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,  # all or nothing: see database._migrate
)
with context.begin_transaction():
    context.run_migrations()
