"""A small stand-in for ``devtools_testutils`` (Azure/azure-sdk-for-python tools/azure-sdk-tools).

That package is not published on PyPI. This shim provides only the names the tests of the
``azure-batch`` sdist import, for live mode against the Batch emulator: the recording hooks
are no-ops, and the ARM preparers hand out the emulator's account instead of creating Azure
resources (see ``emulator.py``).
"""
from .helpers import trim_kwargs_from_test_function
from .preparers import AbstractPreparer, AzureMgmtPreparer, AzureTestError
from .proxy_fixtures import test_proxy
from .resource_testcase import CachedResourceGroupPreparer, FakeResource, ResourceGroupPreparer
from .sanitizers import add_general_regex_sanitizer, remove_batch_sanitizers, set_custom_default_matcher
from .storage_testcase import StorageAccountPreparer
from .testcase import AzureMgmtRecordedTestCase, AzureRecordedTestCase

__all__ = [
    "AbstractPreparer",
    "AzureMgmtPreparer",
    "AzureMgmtRecordedTestCase",
    "AzureRecordedTestCase",
    "AzureTestError",
    "CachedResourceGroupPreparer",
    "FakeResource",
    "ResourceGroupPreparer",
    "StorageAccountPreparer",
    "add_general_regex_sanitizer",
    "remove_batch_sanitizers",
    "set_custom_default_matcher",
    "test_proxy",
    "trim_kwargs_from_test_function",
]
