"""Resource preparers: decorators that create a resource, pass it to the test as keyword
arguments and remove it afterwards (innermost first)."""
import asyncio
import functools

from .helpers import create_random_name, is_live, trim_kwargs_from_test_function


class AzureTestError(Exception):
    """A test set-up error (the name the tests import)."""


class AbstractPreparer:
    """Base preparer. Subclasses implement ``create_resource`` (returning the keyword arguments
    to add) and ``remove_resource``. No caching: every test gets its own resources."""

    def __init__(self, name_prefix, name_len, disable_recording=False, **_kwargs):
        self.name_prefix = name_prefix
        self.name_len = name_len
        self.disable_recording = disable_recording
        self.resource_moniker = None
        self.test_class_instance = None

    def __call__(self, fn):
        def _preparer_wrapper(test_class_instance, **kwargs):
            self.test_class_instance = test_class_instance
            name = create_random_name(self.name_prefix, self.name_len)
            update = self.create_resource(name, **kwargs)
            if update:
                kwargs.update(update)
            trimmed = dict(kwargs)
            trim_kwargs_from_test_function(fn, trimmed)
            try:
                if asyncio.iscoroutinefunction(fn):
                    asyncio.run(fn(test_class_instance, **trimmed))
                else:
                    fn(test_class_instance, **trimmed)
            finally:
                self.remove_resource(name, **kwargs)

        # pytest reads parametrize marks and the argument names through __dict__ and __wrapped__
        functools.update_wrapper(_preparer_wrapper, fn)
        setattr(_preparer_wrapper, "__is_preparer", True)
        return _preparer_wrapper

    @property
    def is_live(self):
        """Live mode (always, in this shim)."""
        return is_live()

    @property
    def moniker(self):
        """The stable name a recording would use; only logged here."""
        if not self.resource_moniker:
            count = getattr(self.test_class_instance, "test_resources_count", 0) + 1
            setattr(self.test_class_instance, "test_resources_count", count)
            self.resource_moniker = "{}{:06}".format(self.name_prefix, count)
        return self.resource_moniker

    def set_cache(self, _enabled, *_args):
        """Caching is not implemented: each test prepares its own resources."""

    def create_resource(self, name, **kwargs):  # pylint: disable=unused-argument
        """Nothing to create by default."""
        return {}

    def remove_resource(self, name, **kwargs):  # pylint: disable=unused-argument
        """Nothing to remove by default."""


class AzureMgmtPreparer(AbstractPreparer):
    """A preparer that creates its resource through a management (ARM) client, which
    ``create_mgmt_client`` takes from the test class (here: the emulator's stand-in)."""

    def __init__(
        self,
        name_prefix,
        random_name_length,
        disable_recording=True,
        playback_fake_resource=None,
        client_kwargs=None,
        random_name_enabled=False,
    ):
        super().__init__(name_prefix, random_name_length, disable_recording=disable_recording)
        self.client = None
        self.resource = playback_fake_resource
        self.client_kwargs = client_kwargs or {}
        self.random_name_enabled = random_name_enabled

    def create_mgmt_client(self, client_class, **kwargs):
        """The test class's management client for ``client_class``."""
        return self.test_class_instance.create_mgmt_client(client_class, **kwargs)
