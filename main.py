"""Start Quarantine Desk from a source checkout: `python main.py [command …]`."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--read-workbook"]:  # the child that parses a workbook, when frozen
        from quarantine_desk.importing.sheet_worker import main as read_workbook

        sys.exit(read_workbook(sys.argv[2:]))
    from quarantine_desk.app import main

    sys.exit(main())
