"""Hand-written, version-independent parts of the typed surface: the bases of the generated resources
(:mod:`.resources`, :mod:`.imports`, :mod:`.records`), pagination (:mod:`.pagination`), and reading import
sources before and after an import (:mod:`.sources`).

Written once for every API version, generic over each version's generated models.
"""
