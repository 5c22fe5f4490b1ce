"""Start a Ralph LRS (file backend) for tests, run with the Ralph venv's python.

Ralph 5.1.0's file backend writes with CREATE, so only the first POST succeeds; switching the
backend's default operation to APPEND makes every POST land in the same statements file.
Usage: python ralph_launcher.py <port> <data dir>   (RALPH_APP_DIR must hold auth.json)
"""
import os
import sys

port, data_dir = int(sys.argv[1]), sys.argv[2]
os.environ["RALPH_RUNSERVER_BACKEND"] = "fs"
os.environ["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = data_dir

import uvicorn  # noqa: E402
from ralph.backends.data.base import BaseOperationType  # noqa: E402
from ralph.backends.lrs.fs import FSLRSBackend  # noqa: E402

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

import ralph.api  # noqa: E402

uvicorn.run(ralph.api.app, host="127.0.0.1", port=port, log_level="warning")
