"""Ordered work in worker threads with bounded memory (numpy, GDAL and scipy release the GIL,
so the cores work in parallel)."""

from collections import deque


def ordered_map(work, items, consume, threads=1):
    """``consume(item, work(item))`` for every item, in the order of ``items``.

    With ``threads`` > 1, ``work`` runs in that many worker threads, at most two items per
    thread in flight; ``items`` is drawn and ``consume`` runs in the calling thread, so either
    may raise (e.g. Cancelled) to stop: the pending work is then cancelled."""
    if threads <= 1:
        for item in items:
            consume(item, work(item))
        return
    from concurrent.futures import ThreadPoolExecutor
    pending = deque()
    with ThreadPoolExecutor(threads) as pool:
        try:
            for item in items:
                pending.append((item, pool.submit(work, item)))
                while len(pending) > 2 * threads or pending[0][1].done():
                    done, future = pending.popleft()
                    consume(done, future.result())
                    if not pending:
                        break
            while pending:
                done, future = pending.popleft()
                consume(done, future.result())
        except BaseException:
            for _, future in pending:
                future.cancel()
            raise
