"""PHI guard: find, redact and police the 18 HIPAA identifiers in chat text."""
