"""`python -m khronika` runs the command line, for machines where the script is not on PATH."""

from khronika.cli import main

main()
