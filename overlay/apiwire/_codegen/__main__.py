"""``python -m apiwire._codegen generate|check|layout``: see the package's docstring."""

import sys

from . import main

sys.exit(main())
