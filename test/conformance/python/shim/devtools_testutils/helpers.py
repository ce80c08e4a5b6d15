"""Mode flags and small helpers the tests and preparers use."""
import inspect
import os
import uuid


def is_live():
    """Live mode: the only mode this shim supports (``AZURE_TEST_RUN_LIVE``, default true)."""
    return os.environ.get("AZURE_TEST_RUN_LIVE", "true").lower() in ("true", "yes", "1")


def is_live_and_not_recording():
    """Always true when live: there is no test proxy, so nothing is recorded."""
    return is_live()


def create_random_name(prefix="", length=24):
    """A unique lower-case name, so a sync and an async run of one test never share a resource."""
    suffix = uuid.uuid4().hex
    return (prefix + suffix)[: max(length, len(prefix) + 8)]


def trim_kwargs_from_test_function(fn, kwargs):
    """Drops from ``kwargs`` (in place) what ``fn`` cannot take, unless it takes ``**kwargs``."""
    if getattr(fn, "__is_preparer", False):
        return
    params = inspect.signature(fn, follow_wrapped=False).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return
    names = {p.name for p in params}
    for key in list(kwargs):
        if key not in names:
            del kwargs[key]
