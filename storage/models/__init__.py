"""Every sqlmodel table, one module per area; importing this package registers them all."""
from storage.models import core  # noqa: F401
from storage.models import cme  # noqa: F401
from storage.models import curriculum  # noqa: F401
from storage.models import teams  # noqa: F401
from storage.models import monitoring  # noqa: F401
from storage.models import evaluation  # noqa: F401
from storage.models import queue  # noqa: F401
