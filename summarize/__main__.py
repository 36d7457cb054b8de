"""`python -m summarize`: the same command line as `summarize`."""

from summarize.cli import main

main()
