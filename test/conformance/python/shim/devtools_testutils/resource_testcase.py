"""Resource groups: the emulator has no ARM, so a group is only a name."""
from collections import namedtuple

from .preparers import AzureMgmtPreparer

RESOURCE_GROUP_PARAM = "resource_group"
FakeResource = namedtuple("FakeResource", ["name", "id"])


class ResourceGroupPreparer(AzureMgmtPreparer):
    """Hands the test a named resource group without creating anything."""

    def __init__(self, name_prefix="rgpy", parameter_name=RESOURCE_GROUP_PARAM, location="westus", **kwargs):
        for key in ("random_name_length", "use_cache"):
            kwargs.pop(key, None)
        super().__init__(name_prefix, 24, **{k: v for k, v in kwargs.items() if k in ("disable_recording", "playback_fake_resource", "client_kwargs")})
        self.parameter_name = parameter_name
        self.location = location

    def create_resource(self, name, **kwargs):
        group_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/" + name
        return {self.parameter_name: FakeResource(name=name, id=group_id), "location": self.location}


class CachedResourceGroupPreparer(ResourceGroupPreparer):
    """Same as ResourceGroupPreparer (no caching needed: nothing is created)."""
