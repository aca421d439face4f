"""`python -m desktop VERB ...`: the headless command line."""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen renpam-cli started as a print worker runs the worker, not the CLI
    sys.exit(main())
