"""The deal summary passes, killed with SIGKILL after any of their updates, leave a store whose next
flush (what the next ``cmkg build`` does first) gives the same graph as a pass never interrupted.

The child process runs the pass on an on-disk store, one pair per update, reports each update on
stdout, and waits after the k-th, where the test kills it: after the marks, the first batch, the
middle one and the last. Oxigraph applies an update whole or not at all, so the update boundaries
are every point a kill can land on."""

from __future__ import annotations

import copy
import os
import signal
import subprocess
import sys

import pytest

from cmkg.graph.deal_summary import pair_set, pending_pairs_query
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import dataset_graphs, open_store

CHILD = r"""
import sys, time
from cmkg.graph.store import open_store
st = open_store(sys.argv[1])
st.summary_batch = 1
update, hang_after, done = st.update, int(sys.argv[3]), [0]
def reported(text):
    update(text)
    st.flush()
    done[0] += 1
    print("update", flush=True)
    if done[0] == hang_after:  # wait to be killed right here, and only here
        time.sleep(60)
st.update = reported
getattr(st, sys.argv[2])()
print("done", flush=True)
"""


def _canonical(st) -> list[bytes]:
    return sorted(line for line in st.dump_nquads().splitlines() if line.strip())


def _stores(tmp_path, sheet):
    """A store whose summaries a pass must fix: the seed article bulk loaded (no summaries), and a changed
    copy of it written article by article (stale summaries of the pairs it no longer has)."""
    changed = copy.deepcopy(sheet)
    changed.update(article="changed.txt", key="fixtures/changed.txt")
    st = open_store(tmp_path / "store")
    st.ensure_ontology()
    st.add_dataset(sheet_to_graph(changed))
    changed["agreements"] = [a for a in changed["agreements"] if "MEX" not in a["parties"]]
    st.add_dataset(sheet_to_graph(changed), defer=True)
    st.bulk_load(b"".join(nq for _, nq in dataset_graphs(sheet_to_graph(sheet))))
    st.flush()
    return st


def _run(store_dir, method: str, kill_after: int | None) -> int:
    hang_after = str(kill_after or 0)
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(store_dir), method, hang_after], stdout=subprocess.PIPE, text=True
    )
    seen = 0
    for line in proc.stdout:
        seen += line.startswith("update")
        if kill_after is not None and seen == kill_after:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    return seen if kill_after is None else proc.returncode


@pytest.mark.slow
@pytest.mark.parametrize("method", ["refresh_summary", "flush_summaries"])
def test_a_summary_pass_killed_after_any_update_is_finished_by_the_next_flush(tmp_path, seed_sheet, method):
    reference = tmp_path / "reference"
    reference.mkdir()
    st = _stores(reference, seed_sheet)
    del st
    updates = _run(reference / "store", method, None)
    assert updates >= 3  # the marks, one update per pair, the end: several points to kill at
    expected = _canonical(open_store(reference / "store"))
    for k in sorted({1, 2, updates // 2, updates - 1}):  # the marks, the first batch, the middle, the last
        case = tmp_path / f"kill-{k}"
        case.mkdir()
        st = _stores(case, seed_sheet)
        del st
        assert _run(case / "store", method, k) == -signal.SIGKILL
        st = open_store(case / "store")
        if k < updates - 1:  # before the last batch's update: the pairs not yet redone are recorded
            assert pair_set(st.execute(pending_pairs_query())), f"killed after update {k}: nothing left pending"
        st.flush_summaries()  # what the next build does first (open_build)
        assert _canonical(st) == expected, f"killed after update {k} of {updates}"
