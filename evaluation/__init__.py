"""Clinical evaluation harness: HealthBench-format cases, a grader model, scoring, reports, adjudication.

It drives the same dispatcher, router and services a chat message does (or, with ``--raw``, the
model alone) and imports them; nothing in ``bot`` imports this package.
"""
