"""Shared fixtures for the caption tests."""

from __future__ import annotations

import pytest

from studio.brand import default_brand
from studio.platforms import load_platforms


@pytest.fixture(scope="session")
def platforms():
    return load_platforms()


@pytest.fixture(scope="session")
def brand():
    return default_brand()
