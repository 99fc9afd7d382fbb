"""Prefect flows over the pipeline: tag-corpus, materialize and build-ablations (see docs/orchestration.md).

The flows only orchestrate: every decision is made by the same pipeline functions the CLI calls.
"""

import os

from pipeline.logs import ENV as _DATATROVE_LOG_ENV

os.environ.setdefault(_DATATROVE_LOG_ENV, "CRITICAL")  # datatrove's task logs still go to <output>/logs
