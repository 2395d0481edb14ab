"""Pure rules of the quarantine domain: no Qt, no SQL."""
