"""The vendor-neutral core of the SDKs this project generates: what every vendor's package sends and reads through.

Nothing here names a vendor or one of its wire details; each vendor's package states those in its profile
(:class:`apiwire.profile.ApiProfile`), which ``make generate`` and the runtime both read.
"""
