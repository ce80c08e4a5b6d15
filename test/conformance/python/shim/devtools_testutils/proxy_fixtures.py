"""The ``test_proxy`` fixture: in live mode there is no proxy to start."""
import pytest


@pytest.fixture(scope="session")
def test_proxy():
    """Nothing to start in live mode."""
    return None
