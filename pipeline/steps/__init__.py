"""glossator's datatrove pipeline steps."""

from pipeline.logs import quiet_datatrove

quiet_datatrove()
