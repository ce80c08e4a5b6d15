"""Recording hooks. Only reached in record or playback mode, which this shim does not provide."""


def _no_proxy(*_args, **_kwargs):
    raise RuntimeError("devtools_testutils shim: live mode only (there is no test proxy)")


get_test_id = _no_proxy
start_record_or_playback = _no_proxy
transform_request = _no_proxy
stop_record_or_playback = _no_proxy
