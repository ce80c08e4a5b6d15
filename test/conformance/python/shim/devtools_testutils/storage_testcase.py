"""Storage accounts are not emulated: the preparer refuses, so a test that needs one fails at set-up
with a clear message instead of talking to Azure."""
from .preparers import AzureMgmtPreparer, AzureTestError


class StorageAccountPreparer(AzureMgmtPreparer):
    """Fails the test: the emulator has no storage accounts (nor application packages)."""

    def __init__(self, name_prefix="", parameter_name="storage_account", **kwargs):
        super().__init__(name_prefix, 24, disable_recording=kwargs.get("disable_recording", True))
        self.parameter_name = parameter_name

    def create_resource(self, name, **kwargs):
        raise AzureTestError("devtools_testutils shim: storage accounts are not emulated")
