"""`python -m mentorfinder`: see cli.py."""

import sys

from mentorfinder.cli import main

sys.exit(main())
