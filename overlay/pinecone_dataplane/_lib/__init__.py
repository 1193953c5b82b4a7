"""Hand-written, version-independent parts of the typed surface: the bases of the generated resources.

Written once for every API version, generic over each version's generated models.
"""
