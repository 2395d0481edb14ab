"""Start Quarantine Desk from a source checkout: `python main.py [command …]`."""

import sys

from quarantine_desk.app import main

if __name__ == "__main__":
    sys.exit(main())
