"""The ordered stages from a capture to acts. Each stage declares what it requires and
what it assigns, and the pipeline checks the order once, when it is built (as spaCy does),
so a misplaced stage is an error at start-up rather than a KeyError in the middle of a batch.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from khronika.clean.document import clean_capture
from khronika.errors import InputRejected, KhronikaError, RejectReason
from khronika.extract.acts import extract_acts
from khronika.extract.rules import load_pack
from khronika.model import Act, Capture, Document, Extraction, Rejection
from khronika.nlp import SUPPORTED, analyze

State = dict[str, Any]


@dataclass(frozen=True)
class Stage:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[State], State]


def _clean(state: State) -> State:
    return {"document": clean_capture(state["capture"])}


def _analyze(state: State) -> State:
    doc = state["document"]
    if doc.language not in SUPPORTED:
        return {"analysis": None}  # kept as a document; no act extraction for this language yet
    return {"analysis": analyze(doc.text, doc.language)}


def _extract(state: State) -> State:
    analysis = state["analysis"]
    if analysis is None:
        return {"acts": ()}
    pack = load_pack(analysis.language, state.get("rules", ()))
    return {"acts": extract_acts(analysis, state["document"].reference_date.date(), pack)}


def extract_document(doc: Document, rules: tuple[str, ...] = ()) -> tuple[Act, ...]:
    """Analysis and extraction of an already cleaned document (reextract, eval --rules)."""
    if doc.language not in SUPPORTED:
        return ()
    pack = load_pack(doc.language, rules)
    return extract_acts(analyze(doc.text, doc.language), doc.reference_date.date(), pack)


DEFAULT_STAGES = (
    Stage("clean", ("capture",), ("document",), _clean),
    Stage("analyze", ("document",), ("analysis",), _analyze),
    Stage("extract", ("analysis", "document"), ("acts",), _extract),
)


TIME_LIMIT = 300.0  # seconds one report may take; the longest seen (a 1 MB page) takes under 30


class _OutOfTime(Exception):
    pass


@contextmanager
def _deadline(seconds: float | None) -> Iterator[None]:
    """A report that takes unreasonably long (a parse the code goes round in, a pathological
    page) is stopped so that the rest of a night's batch still runs. An interval timer
    interrupts the main thread only; elsewhere (a web worker thread) there is no limit."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not seconds or not usable:
        yield
        return

    def _stop(signum: int, frame: object) -> None:
        raise _OutOfTime

    previous = signal.signal(signal.SIGALRM, _stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Pipeline:
    """`rules` names user rule-pack files merged over the built-in packs (see README);
    `time_limit` the seconds one report may take before it is recorded as `too_slow` (None:
    no limit)."""

    def __init__(
        self,
        stages: tuple[Stage, ...] = DEFAULT_STAGES,
        rules: tuple[str, ...] = (),
        time_limit: float | None = TIME_LIMIT,
    ) -> None:
        self.rules = rules
        self.time_limit = time_limit
        available = {"capture"}
        for stage in stages:
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise KhronikaError(
                    f"stage {stage.name!r} requires {missing}, which no earlier stage assigns"
                )
            available.update(stage.assigns)
        self.stages = stages

    def run(self, capture: Capture) -> Extraction:
        """Never raises for bad input: the result holds a document or a rejection."""
        state: State = {"capture": capture, "rules": self.rules}
        timings: dict[str, float] = {}
        try:
            with _deadline(self.time_limit):
                for stage in self.stages:
                    t0 = time.perf_counter()
                    state.update(stage.run(state))
                    timings[stage.name] = time.perf_counter() - t0
        except InputRejected as exc:
            return Extraction(rejection=Rejection(capture.source, exc.reason, exc.detail, capture.sha256))
        except _OutOfTime:
            detail = (
                f"analysis took longer than {self.time_limit:g} s and was stopped: please report it "
                "(the input is kept in the store)"
            )
            return Extraction(
                rejection=Rejection(capture.source, RejectReason.TOO_SLOW, detail, capture.sha256)
            )
        except Exception as exc:  # noqa: BLE001 - a bug must not stop the batch; it is recorded
            detail = f"{type(exc).__name__} in khronika: please report it (the input is kept in the store)"
            return Extraction(
                rejection=Rejection(capture.source, RejectReason.PROCESSING_ERROR, detail, capture.sha256)
            )
        return Extraction(document=state["document"], acts=tuple(state.get("acts", ())), timings=timings)
