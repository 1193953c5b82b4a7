"""Building blocks that depend on no API version or client class: reading import sources (:mod:`.sources`)."""
