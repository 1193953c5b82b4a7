"""The fault campaign (``make soak``); its short version runs in ``make test`` (tests/test_faults.py)."""
