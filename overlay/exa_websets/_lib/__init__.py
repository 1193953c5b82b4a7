"""The hand-written, version-independent part of Exa's clients: the import verbs (``imports``) and the pagers
bound to Exa's cursors (``pagination``)."""
