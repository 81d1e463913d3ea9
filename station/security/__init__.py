"""Security of a station: buyer-data encryption, PII redaction, operator PINs and roles.

Pure Python (no Qt, no SQL): the store and services use it, the UI shows its results.
"""
