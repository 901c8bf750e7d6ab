"""`python -m khronika` runs the command line, for machines where the script is not on PATH."""

import sys

from khronika.cli import main

sys.exit(main())
