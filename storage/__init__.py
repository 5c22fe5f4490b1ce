"""Persistence: sqlmodel tables, the async engine/session factory, repositories, migrations."""
