"""Alembic's environment for the workshop store: runs on the connection the store hands over."""

from alembic import context

from mentorfinder.workshop import programme_models  # noqa: F401 - the programmes' tables join Base.metadata
from mentorfinder.workshop.models import VERSION_TABLE, Base

connection = context.config.attributes.get("connection")
if connection is None:  # the store always passes its own connection (see database.migrate)
    raise RuntimeError("the workshop migrations run through mentorfinder.workshop.database.migrate()")
# The connection is already in the store's transaction, so Alembic neither begins nor commits one.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    version_table=VERSION_TABLE,
    transactional_ddl=True,
    render_as_batch=True,  # SQLite alters tables by copying them; later revisions need batch mode there
)
with context.begin_transaction():
    context.run_migrations()
