"""`python -m mlward`."""

import sys

from mlward.cli import main

sys.exit(main())
