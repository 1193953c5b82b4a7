"""The request extensions the core puts on every request: its operation, and the profile of the API it is for."""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import FrameType

    import httpx

    from ..profile import ApiProfile

# The operation (its operationId, in snake_case), set by every generated request: the transport reads it to
# decide whether a request may be sent again and how large its answer may be.
OPERATION = "apiwire.operation"
# The vendor's profile, set by the transport on each request it sends: what reads the answer (the error tree,
# the credential header to redact) finds it there.
PROFILE = "apiwire.profile"


def profile_of(request: httpx.Request) -> ApiProfile | None:
    """The profile of the client that sent ``request``; None for a request no client of the core sent."""
    profile: ApiProfile | None = request.extensions.get(PROFILE)
    return profile


def sent_key(request: httpx.Request, profile: ApiProfile | None = None) -> str | None:
    """The API key ``request`` carries in its profile's credential header (``profile``, else the request's), if any."""
    profile = profile or profile_of(request)
    return request.headers.get(profile.credential.header) if profile is not None else None


def caller_profile() -> ApiProfile | None:
    """The profile of the vendor package whose code called into the core (``<package>._profile.PROFILE``).

    For an answer to a request no client of the core sent (a version's generated client built by hand, with a
    transport of its own): its errors are still the vendor's. Only an error's path asks, so the stack walk costs
    nothing to an answer read as it should be.
    """
    frame: FrameType | None = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == __package__.partition(".")[0]:
        frame = frame.f_back
    if frame is None:
        return None
    package = frame.f_globals.get("__name__", "").partition(".")[0]
    try:
        module = importlib.import_module(f"{package}._profile")
    except ImportError:
        return None
    profile: ApiProfile | None = getattr(module, "PROFILE", None)
    return profile
