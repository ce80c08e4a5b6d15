"""Test base classes: names, credentials and management clients for live runs on the emulator."""
from .emulator import FakeBatchManagementClient, settings, token_credential
from .helpers import create_random_name, is_live


class AzureRecordedTestCase:
    """pytest-style base class (no ``__init__``) of the SDK's recorded tests."""

    test_resources_count = 0
    in_recording = False

    @property
    def is_live(self):
        """Live mode (always, in this shim)."""
        return is_live()

    def get_resource_name(self, name):
        """A unique name starting with ``name``."""
        return create_random_name(name)

    def get_credential(self, client_class, **_kwargs):
        """A Bearer credential with the emulator's dev token, async for a client from an ``aio`` module."""
        return token_credential(is_async=".aio" in client_class.__module__)

    def create_client_from_credential(self, client_class, credential, **kwargs):
        """The client, built as the SDK tests do."""
        return client_class(credential=credential, **kwargs)


class AzureMgmtRecordedTestCase(AzureRecordedTestCase):
    """Adds management clients: only Batch's, answered by the emulator's stand-in."""

    def create_mgmt_client(self, client_class, **_kwargs):
        """The stand-in for ``azure.mgmt.batch.BatchManagementClient``; anything else is refused."""
        if client_class.__name__ != "BatchManagementClient":
            raise RuntimeError("devtools_testutils shim: no ARM emulation for " + client_class.__name__)
        return FakeBatchManagementClient(settings())
