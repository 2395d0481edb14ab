"""Reading arrival manifests: workbooks and CSV, headers, values, checks. No Qt, no SQL."""
