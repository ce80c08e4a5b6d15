"""Sanitizers and matchers shape recordings only: no-ops in live mode."""


def add_general_regex_sanitizer(**_kwargs):
    """No recording, nothing to sanitize."""


def remove_batch_sanitizers(_sanitizers, **_kwargs):
    """No recording, nothing to sanitize."""


def set_custom_default_matcher(**_kwargs):
    """No playback, nothing to match."""
