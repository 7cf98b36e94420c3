"""SQLModel tables, one module per area. Every module in this package is imported here so that
`SQLModel.metadata` (and alembic) see all tables; add a module and it is picked up."""
import importlib
import pkgutil

for _mod in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_mod.name}")
