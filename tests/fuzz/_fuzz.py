"""Shared settings of the fuzz tests: few examples by default, a deep pass with FUZZ_EXAMPLES.

The default run stays fast (it is part of the ordinary suite); the deep pass is
`FUZZ_EXAMPLES=20000 python -m pytest tests/fuzz -m fuzz -q` (docs/reliability.md).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))

FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large, HealthCheck.filter_too_much])


def few(divisor: int) -> settings:
    """Settings for a slower target (a document, an HTTP round trip): EXAMPLES // divisor, at least 10."""
    return settings(FUZZ, max_examples=max(10, EXAMPLES // divisor))
