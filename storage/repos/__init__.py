"""One repository per aggregate; each returns domain objects and hides SQL from services."""
