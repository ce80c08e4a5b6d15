"""The Batch emulator in place of Azure: its account for ARM's ``batch_account`` operations, and
its data plane for ARM's ``pool`` operations (the preparers' only other use of ARM).

Every AccountPreparer gets an account of its own, as from Azure (a test relies on it: a deleted
certificate stays "deleting" for a while, so the async run of a test would meet the sync run's).
The emulator serves several accounts on one port, path-style (``host:port/{account}``), and the
Python client keeps a path in its endpoint, so each account is handed out as such an endpoint.

Set by the driver (test/integration/conformance/pythonAzureBatch.test.ts):
``AZURE_BATCH_EMULATOR_ENDPOINT`` (``host:port`` of the https endpoint), ``AZURE_BATCH_EMULATOR_TOKEN``
(the Bearer dev token) and ``AZURE_BATCH_EMULATOR_ACCOUNTS`` (``name:key,name:key,...``, unused ones).
"""
import os
import time
from collections import namedtuple
from types import SimpleNamespace

from azure.core.credentials import AccessToken

Settings = namedtuple("Settings", ["endpoint", "token", "accounts"])
Account = namedtuple("Account", ["name", "key"])
_handed_out = set()

# the emulator runs with fast timings: a pool is steady in well under this
_STEADY_TIMEOUT_S = 60


def settings():
    """The emulator's coordinates from the environment."""
    try:
        return Settings(
            endpoint=os.environ["AZURE_BATCH_EMULATOR_ENDPOINT"],
            token=os.environ["AZURE_BATCH_EMULATOR_TOKEN"],
            accounts=[
                Account(*pair.split(":", 1)) for pair in os.environ["AZURE_BATCH_EMULATOR_ACCOUNTS"].split(",") if pair
            ],
        )
    except KeyError as missing:
        raise RuntimeError("devtools_testutils shim: {} is not set".format(missing)) from None


class _StaticToken:
    def __init__(self, token):
        self._token = token

    def get_token(self, *_scopes, **_kwargs):
        return AccessToken(self._token, int(time.time()) + 3600)

    def close(self):
        pass


class _AsyncStaticToken(_StaticToken):
    async def get_token(self, *_scopes, **_kwargs):  # pylint: disable=invalid-overridden-method
        return AccessToken(self._token, int(time.time()) + 3600)

    async def close(self):  # pylint: disable=invalid-overridden-method
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *_args):
        pass


def token_credential(is_async=False):
    """A credential that always answers the emulator's dev token."""
    token = settings().token
    return _AsyncStaticToken(token) if is_async else _StaticToken(token)


class _Done:
    """An already finished long-running operation."""

    def __init__(self, value=None):
        self._value = value

    def result(self, *_args, **_kwargs):
        return self._value

    def wait(self, *_args, **_kwargs):
        pass

    def done(self):
        return True


def account_endpoint(emu, account_name):
    """The path-style endpoint of one emulator account (without scheme, as ARM reports it)."""
    return "{}/{}".format(emu.endpoint, account_name)


class _BatchAccounts:
    """ARM batch accounts: each "new" account is an emulator account not handed out before."""

    def __init__(self, emu):
        self._emu = emu
        self._by_arm_name = {}

    def begin_create(self, _group, name, parameters, **_kwargs):
        fresh = [a for a in self._emu.accounts if a.name not in _handed_out]
        if not fresh:
            raise RuntimeError("devtools_testutils shim: all emulator accounts are in use; start more")
        account = fresh[0]
        _handed_out.add(account.name)
        self._by_arm_name[name] = account
        return _Done(
            SimpleNamespace(
                name=account.name,
                account_endpoint=account_endpoint(self._emu, account.name),
                location=getattr(parameters, "location", None),
            )
        )

    def get_keys(self, _group, name, **_kwargs):
        account = self._by_arm_name[name]
        return SimpleNamespace(account_name=account.name, primary=account.key, secondary=account.key)

    def begin_delete(self, _group, _name, **_kwargs):
        return _Done()


def _lower(value):
    return None if value is None else str(getattr(value, "value", value)).lower()


def _data_plane_pool(pool_id, pool):
    """ARM's Pool model as the data plane's BatchPoolCreateContent (the fields PoolPreparer sets)."""
    from azure.batch import models as dp  # pylint: disable=import-outside-toplevel

    vmc = pool.deployment_configuration.virtual_machine_configuration
    image = vmc.image_reference
    fixed = pool.scale_settings.fixed_scale if pool.scale_settings else None
    nat_pools = []
    if pool.network_configuration and pool.network_configuration.endpoint_configuration:
        for nat in pool.network_configuration.endpoint_configuration.inbound_nat_pools or []:
            nat_pools.append(
                dp.InboundNatPool(
                    name=nat.name,
                    protocol=_lower(nat.protocol),
                    backend_port=nat.backend_port,
                    frontend_port_range_start=nat.frontend_port_range_start,
                    frontend_port_range_end=nat.frontend_port_range_end,
                )
            )
    return dp.BatchPoolCreateContent(
        id=pool_id,
        display_name=pool.display_name,
        vm_size=pool.vm_size,
        virtual_machine_configuration=dp.VirtualMachineConfiguration(
            image_reference=dp.ImageReference(
                publisher=image.publisher, offer=image.offer, sku=image.sku, version=image.version
            ),
            node_agent_sku_id=vmc.node_agent_sku_id,
        ),
        target_dedicated_nodes=fixed.target_dedicated_nodes if fixed else None,
        user_accounts=[
            dp.UserAccount(name=u.name, password=u.password, elevation_level=_lower(u.elevation_level))
            for u in pool.user_accounts or []
        ]
        or None,
        network_configuration=(
            dp.NetworkConfiguration(endpoint_configuration=dp.BatchPoolEndpointConfiguration(inbound_nat_pools=nat_pools))
            if nat_pools
            else None
        ),
    )


def _arm_pool(pool):
    """The data plane's pool as far as PoolPreparer reads ARM's (name, allocation state, node count)."""
    from azure.mgmt.batch import models as arm  # pylint: disable=import-outside-toplevel

    state = _lower(pool.allocation_state)
    arm_state = {s.value.lower(): s for s in arm.AllocationState}.get(state)
    return SimpleNamespace(
        name=pool.id,
        id=pool.id,
        allocation_state=arm_state,
        current_dedicated_nodes=pool.current_dedicated_nodes or 0,
    )


class _Pools:
    """ARM pools, created and deleted through the emulator's data plane."""

    def __init__(self, emu):
        self._emu = emu

    def _client(self, account_name):
        from azure.batch import BatchClient  # pylint: disable=import-outside-toplevel

        endpoint = "https://" + account_endpoint(self._emu, account_name)
        return BatchClient(endpoint=endpoint, credential=_StaticToken(self._emu.token))

    def create(self, _group, account_name, pool_name, parameters, **_kwargs):
        with self._client(account_name) as client:
            client.create_pool(_data_plane_pool(pool_name, parameters))
            deadline = time.monotonic() + _STEADY_TIMEOUT_S
            pool = client.get_pool(pool_name)
            while _lower(pool.allocation_state) != "steady" and time.monotonic() < deadline:
                time.sleep(0.2)
                pool = client.get_pool(pool_name)
            # the tests poll for idle nodes with 10 s sleeps; the emulator's nodes start in well under that
            while time.monotonic() < deadline and any(
                _lower(node.state) != "idle" for node in client.list_nodes(pool_name)
            ):
                time.sleep(0.2)
            return _arm_pool(pool)

    def get(self, _group, account_name, pool_name, **_kwargs):
        with self._client(account_name) as client:
            return _arm_pool(client.get_pool(pool_name))

    def begin_delete(self, _group, account_name, pool_name, **_kwargs):
        with self._client(account_name) as client:
            client.delete_pool(pool_name)
        return _Done()


class _NotEmulated:
    def __init__(self, what):
        self._what = what

    def __getattr__(self, name):
        raise RuntimeError("devtools_testutils shim: ARM {}.{} is not emulated".format(self._what, name))


class FakeBatchManagementClient:
    """Stands in for ``azure.mgmt.batch.BatchManagementClient`` (the operations the preparers call)."""

    def __init__(self, emu):
        self.batch_account = _BatchAccounts(emu)
        self.pool = _Pools(emu)
        self.application = _NotEmulated("application")
        self.application_package = _NotEmulated("application_package")
