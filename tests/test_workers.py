"""Parsing and auditing in worker processes: the report is the same, byte for byte, for any
number of workers, on the sample mailbox and on a generated one."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from happyaudit import pipeline
from happyaudit.cli import app
from happyaudit.errors import WorkerError
from happyaudit.parallel import Workers, default_workers
from tests.test_benchmark_generator import generate_module

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_mailbox"
AS_OF = "2026-11-20T17:00Z"


def _pid_of(batch: int) -> tuple[int, int]:
    return batch, os.getpid()


def _die_on_three(batch: int) -> int:
    if batch == 3:
        os._exit(9)
    return batch


def _collector_on(batch: int) -> bool:
    return gc.isenabled()


def _fail_on_three(batch: int) -> int:
    if batch == 3:
        raise ValueError("batch three is broken")
    return batch


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of a few messages and cases, so that even the sample mailbox is spread over
    many batches and every worker gets some of them."""
    monkeypatch.setattr(pipeline, "PARSE_BATCH_MESSAGES", 7)
    monkeypatch.setattr(pipeline, "AUDIT_BATCH_CASES", 3)


@pytest.fixture(scope="module")
def generated_mailbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("generated")
    generate_module.generate(folder, 600, "mbox", 11)
    return folder


def _report(path: Path, workers: int, output_format: str = "json") -> str:
    result = CliRunner().invoke(app, ["audit", str(path), "--as-of", AS_OF, "--support-domain", "acme.example",
                                      "--format", output_format, "--workers", str(workers), "--all"])
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def test_workers_run_batches_in_other_processes_and_keep_their_order():
    with Workers(2) as workers:
        results = list(workers.map(_pid_of, range(20)))
    assert [batch for batch, _ in results] == list(range(20))
    assert os.getpid() not in {pid for _, pid in results}


def test_one_worker_runs_in_this_process():
    with Workers(1) as workers:
        results = list(workers.map(_pid_of, range(5)))
    assert {pid for _, pid in results} == {os.getpid()}


def test_a_single_batch_starts_no_pool():
    with Workers(4) as workers:
        assert list(workers.map(_pid_of, [0])) == [(0, os.getpid())]
        assert workers._executor is None


def test_an_error_in_a_worker_reaches_the_caller():
    with pytest.raises(ValueError, match="batch three is broken"), Workers(2) as workers:
        list(workers.map(_fail_on_three, range(10)))


def test_a_worker_that_dies_gives_a_clear_error_not_a_hang():
    with pytest.raises(WorkerError, match="--workers 1"), Workers(2) as workers:
        list(workers.map(_die_on_three, range(10)))


def test_workers_started_while_loading_collect_garbage_and_the_parent_collects_again_after():
    assert gc.isenabled()
    with Workers(2) as pool, pipeline.cycle_collection_paused():
        assert not gc.isenabled()
        assert all(pool.map(_collector_on, [1, 2, 3, 4]))
    assert gc.isenabled()


def test_default_workers_is_the_usable_cpu_count():
    assert 1 <= default_workers() <= (os.cpu_count() or 1)


@pytest.mark.usefixtures("small_batches")
@pytest.mark.parametrize("output_format", ["json", "csv", "markdown"])
def test_sample_report_is_identical_with_one_or_three_workers(output_format: str):
    assert _report(SAMPLE, 1, output_format) == _report(SAMPLE, 3, output_format)


@pytest.mark.usefixtures("small_batches")
def test_generated_mailbox_report_is_identical_with_one_or_two_workers(generated_mailbox: Path):
    single = _report(generated_mailbox, 1)
    assert '"case_id"' in single
    assert single == _report(generated_mailbox, 2)


def test_workers_option_in_a_real_process_gives_the_same_report(generated_mailbox: Path, tmp_path: Path):
    outputs = []
    for workers in (1, 2):
        output = tmp_path / f"report-{workers}.json"
        subprocess.run([sys.executable, "-m", "happyaudit", "audit", str(generated_mailbox), "--as-of", AS_OF,
                        "--support-domain", "acme.example", "--no-progress", "-j", str(workers), "-o", str(output)],
                       check=True, cwd=ROOT, capture_output=True, timeout=300)
        outputs.append(output.read_bytes())
    assert outputs[0] == outputs[1]


def test_zero_workers_is_a_usage_error():
    result = CliRunner().invoke(app, ["audit", str(SAMPLE), "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.output
