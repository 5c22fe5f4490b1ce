"""Continuing medical education: credit rules, the append-only ledger, transcripts and exports."""
