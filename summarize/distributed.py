"""Ray executor for batch: the same per-set function as Ray tasks (Ray imported only here)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from summarize.errors import SummarizeError

T = TypeVar("T")
R = TypeVar("R")


def run_on_ray(
    function: Callable[[T], R],
    tasks: Sequence[T],
    address: str | None = None,
    on_error: Callable[[T, Exception], R] | None = None,
) -> Iterator[R]:
    """Run `function` over `tasks` on a Ray cluster (`address`) or a local Ray, yielding
    results as they complete. A task that fails in Ray itself (its worker died, say)
    becomes `on_error(task, error)` when given, so one lost task does not end the job."""
    try:
        import ray
    except ImportError:
        raise SummarizeError("the Ray executor needs Ray: pip install -e '.[ray]'") from None
    started_here = not ray.is_initialized()
    if started_here:
        try:
            ray.init(
                address=address,
                include_dashboard=False,
                log_to_driver=False,
                ignore_reinit_error=True,
            )
        except Exception as error:  # connection and start-up errors vary by Ray version
            where = address or "a local Ray"
            raise SummarizeError(f"could not start or reach {where}: {error}") from None
    try:
        remote: Any = ray.remote(function)
        submitted = {remote.remote(task): task for task in tasks}
        pending = list(submitted)
        while pending:
            done, pending = ray.wait(pending, num_returns=1)
            try:
                result = ray.get(done[0])
            except Exception as error:  # RayTaskError, WorkerCrashedError, ... by version
                if on_error is None:
                    raise
                result = on_error(submitted[done[0]], error)
            yield result
    finally:
        if started_here:
            ray.shutdown()
