"""A shared queue of background jobs, lowest priority value first, run by a few worker threads.

The profile run starts its distance transforms (core.distance.DistanceField.start) as they
come, each cut into strips; the queue runs every field's first strip before any field's second
one, so that the final pass can compute the top of the grid while the bottom strips are still
being worked on (its blocks go top to bottom and wait only for the strips they read)."""

import heapq
import itertools
import threading


class Job:
    """``run()`` once in a worker; ``wait()`` then returns its result or raises its error."""

    def __init__(self, function):
        self.function = function
        self.done = threading.Event()
        self.result = self.error = None

    def run(self):
        try:
            self.result = self.function()
        except BaseException as err:              # handed to wait()
            self.error = err
        finally:
            self.done.set()

    def wait(self):
        self.done.wait()
        if self.error is not None:
            raise self.error
        return self.result


class WorkQueue:
    """Jobs by (priority, order of submission), on up to ``workers`` threads that end when the
    queue is empty."""

    def __init__(self):
        self._lock = threading.Lock()
        self._heap = []
        self._order = itertools.count()
        self._workers = 0

    def submit(self, priority, function, workers=1):
        job = Job(function)
        with self._lock:
            heapq.heappush(self._heap, (priority, next(self._order), job))
            while self._workers < max(1, workers):
                self._workers += 1
                threading.Thread(target=self._work, name="ruimte-work", daemon=True).start()
        return job

    def _work(self):
        while True:
            with self._lock:
                if not self._heap:
                    self._workers -= 1
                    return
                job = heapq.heappop(self._heap)[2]
            job.run()
