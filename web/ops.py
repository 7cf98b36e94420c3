"""Operations endpoints: `/healthz` (the process answers and its database does) for load balancers and
orchestrators, and `/metrics` in Prometheus' text format (prometheus-client), built per scrape from the
database (core.views.operations) so any web process gives the whole installation's figures. When
RESKONTRA_METRICS_TOKEN is set, /metrics needs `Authorization: Bearer <token>`."""
from __future__ import annotations

import hmac
import os
from collections.abc import Iterator

import sqlalchemy as sa
from flask import Blueprint, Response, request
from flask.typing import ResponseReturnValue
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from core.platform.db import session_scope
from core.views import operations

bp = Blueprint("ops", __name__)


@bp.get("/healthz")
def healthz() -> ResponseReturnValue:
    try:
        with session_scope() as s:
            s.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError as exc:
        return {"status": "unavailable", "database": type(exc).__name__}, 503
    return {"status": "ok", "database": "ok"}


class _FromDatabase(Collector):
    def collect(self) -> Iterator[GaugeMetricFamily]:
        with session_scope() as s:
            for g in operations.gauges(s):
                family = GaugeMetricFamily(g.name, g.doc, labels=list(g.labels))
                for labels, value in g.samples:
                    family.add_metric(list(labels), value)
                yield family


def _authorised() -> bool:
    token = os.environ.get("RESKONTRA_METRICS_TOKEN")
    if not token:
        return True
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    return hmac.compare_digest(given.encode(), token.encode())


@bp.get("/metrics")
def metrics() -> ResponseReturnValue:
    if not _authorised():
        return Response("unauthorised\n", 401, mimetype="text/plain")
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_FromDatabase())
    return Response(generate_latest(registry), mimetype="text/plain; version=0.0.4; charset=utf-8")
