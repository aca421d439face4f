"""`python -m desktop VERB ...`: the headless command line."""

import sys

from desktop.cli import main

sys.exit(main())
