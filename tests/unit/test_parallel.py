"""ordered_map: results consumed in input order whatever the finishing order, bounded work in
flight, and a stop raised while drawing items ends the run."""

import threading
import time

import pytest

from ruimte_plugin.core.parallel import ordered_map


@pytest.mark.parametrize("threads", [1, 3])
def test_results_in_input_order_with_bounded_work_in_flight(threads):
    running, peak, lock = [0], [0], threading.Lock()

    def work(i):
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.002 * (7 - i % 7))            # later items often finish first
        with lock:
            running[0] -= 1
        return i * i

    seen = []
    ordered_map(work, range(40), lambda i, r: seen.append((i, r)), threads)
    assert seen == [(i, i * i) for i in range(40)]
    assert peak[0] <= threads


def test_an_error_while_drawing_items_stops_the_run():
    consumed = []

    def items():
        for i in range(100):
            if i == 10:
                raise KeyboardInterrupt("stop")
            yield i
    with pytest.raises(KeyboardInterrupt):
        ordered_map(lambda i: i, items(), lambda i, r: consumed.append(r), threads=2)
    assert consumed == sorted(consumed) and len(consumed) <= 10
