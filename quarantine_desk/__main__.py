import sys

from quarantine_desk.app import main

sys.exit(main())
