from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from exa_websets.emulator import ManualClock, RunningEmulator, running_emulator

from ..conftest import SPECS
from ._prism import running_prism

EXA_DOCUMENT = SPECS / "exa_websets_v0.oas.yaml"


@dataclass(frozen=True)
class ExaPrism:
    """Prism serving our Exa Websets document as a validating proxy in front of the imports fake.

    ``url`` is a client's base URL (the document's paths, /v0/imports..., go under it); the API key is the
    fake's; the upload URLs an import's creation answers point at the fake's store directly, as they point
    elsewhere than the API in Exa's service. Imports end when a test moves ``clock``.
    """

    url: str
    fake: RunningEmulator
    clock: ManualClock

    @property
    def api_key(self) -> str:
        return self.fake.api_key


@pytest.fixture(scope="session")
def exa_prism() -> Iterator[ExaPrism]:
    """One for the whole run: Prism takes seconds to start. Tests share the fake, so each reads its own imports."""
    clock = ManualClock()
    with running_emulator(clock=clock) as fake, running_prism(EXA_DOCUMENT, upstream=fake.url) as url:
        yield ExaPrism(url, fake, clock)
