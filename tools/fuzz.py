"""The long fuzz run, by hand: every target (or some) for N minutes each.

    python tools/fuzz.py --minutes 15                 all targets, 15 minutes each
    python tools/fuzz.py --minutes 20 --target photo --target sheet
    python tools/fuzz.py --list

Each target runs in its own process under a memory cap (``--memory-mb``, on
Linux and macOS) with random examples (the short run in the test suite is
fixed and small). A case that breaks the contract (see tests/fuzz/harness.py)
is shrunk by Hypothesis to the smallest input that still breaks it and kept
under ``--found`` (default ``.fuzz/found/<target>/<digest>/``) with what went
wrong; fix the code, then move the case into ``tests/fuzz/regressions/`` so
the test suite replays it from then on. A case that makes no progress for
``--stall`` seconds is kept the same way as a hang (the runner watches from
outside; nothing inside the app is on a clock for this).

At the end it prints, per target: cases tried, handled cleanly (worked or
the app's own error), crashers and hangs kept, and the most common outcomes.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEARTBEAT_EVERY = 2.0
# A case slower than this is kept (under --found/slow/) for a look, though it passed.
SLOW_SECONDS = 20.0


def _child(name: str, seconds: float, state_dir: Path, found: Path, memory_mb: int,
           seed: int | None) -> int:
    """Fuzz one target until the time is up, writing progress to ``state_dir``."""
    if memory_mb and hasattr(os, "setrlimit"):
        import resource

        cap = memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import random

    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as with_seed

    from tests.fuzz.harness import Case, ContractViolation, run_case, save_case
    from tests.fuzz.targets import all_targets

    target = all_targets()[name]
    state_dir.mkdir(parents=True, exist_ok=True)
    current = state_dir / "current"
    status_file = state_dir / "status.json"
    work = state_dir / "work"
    work.mkdir(exist_ok=True)
    stats = {"tried": 0, "clean": 0, "violations": 0, "outcomes": {}, "found": [],
             "slowest": [0.0, ""]}
    if status_file.exists():  # a restart after a hang goes on counting
        stats.update(json.loads(status_file.read_text()))
    outcomes = collections.Counter(stats["outcomes"])
    seen = {entry["detail"] for entry in stats["found"]}
    end = time.monotonic() + seconds
    last_beat = 0.0

    def beat(force: bool = False) -> None:
        nonlocal last_beat
        now = time.monotonic()
        if force or now - last_beat > HEARTBEAT_EVERY:
            stats["outcomes"] = dict(outcomes.most_common(40))
            tmp = status_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(stats, indent=1))
            os.replace(tmp, status_file)
            last_beat = now

    def store_current(case: Case) -> None:
        # Written before the case runs: if it never returns, the parent keeps it.
        import shutil

        shutil.rmtree(current, ignore_errors=True)
        save_case(name, case, detail="(running)", folder=current)

    rng = random.Random(seed)
    while time.monotonic() < end:
        @settings(max_examples=200, deadline=None, database=None, print_blob=False,
                  suppress_health_check=list(HealthCheck),
                  phases=[Phase.generate, Phase.shrink])
        @given(case=target.strategy)
        def fuzz(case: Case) -> None:
            if time.monotonic() > end + 600:  # shrinking a find may overrun a little
                return
            store_current(case)
            started = time.monotonic()
            try:
                outcome = run_case(target, case, base=work)
            except ContractViolation:
                stats["violations"] += 1
                stats["tried"] += 1
                beat()
                raise
            took = time.monotonic() - started
            stats["tried"] += 1
            stats["clean"] += 1
            outcomes[outcome.split(" ")[0][:60]] += 1
            if took > stats["slowest"][0]:
                stats["slowest"] = [round(took, 2), case.digest()]
                if took > SLOW_SECONDS:
                    # Not a contract breach (the app's limits ended it), but worth a look.
                    save_case(name, case, detail=f"took {took:.1f} s (outcome {outcome})",
                              folder=found / "slow")
            beat()

        try:
            with_seed(rng.getrandbits(64))(fuzz)()  # a fresh random run each loop
        except (ContractViolation, BaseExceptionGroup) as caught:
            # Hypothesis raises a group when one run found several distinct failures.
            group = caught.exceptions if isinstance(caught, BaseExceptionGroup) else (caught,)
            for exc in group:
                if not isinstance(exc, ContractViolation):
                    raise
                key = exc.detail.splitlines()[0][:300]
                if key not in seen:
                    seen.add(key)
                    where = save_case(name, exc.case, detail=exc.detail, folder=found)
                    stats["found"].append({"detail": key, "case": str(where)})
                    print(f"[{name}] kept {where}: {key}", flush=True)
        beat(force=True)
    beat(force=True)
    return 0


def _run_target(name: str, minutes: float, args: argparse.Namespace) -> dict:
    state_dir = args.state / name
    import shutil

    shutil.rmtree(state_dir, ignore_errors=True)
    state_dir.mkdir(parents=True)
    status_file = state_dir / "status.json"
    end = time.monotonic() + minutes * 60
    hangs = []
    while True:
        remaining = end - time.monotonic()
        if remaining <= 1:
            break
        command = [sys.executable, str(Path(__file__).resolve()), "--child", name,
                   "--seconds", str(remaining), "--state", str(args.state),
                   "--found", str(args.found), "--memory-mb", str(args.memory_mb)]
        if args.seed is not None:
            command += ["--seed", str(args.seed + len(hangs))]
        child = subprocess.Popen(command, cwd=ROOT, start_new_session=True)
        last = time.monotonic()
        last_mtime = 0.0
        while child.poll() is None:
            time.sleep(1.0)
            try:
                mtime = status_file.stat().st_mtime
            except FileNotFoundError:
                mtime = 0.0
            if mtime != last_mtime:
                last_mtime, last = mtime, time.monotonic()
            # Past the end a shrink may run on; give it the same grace as a case.
            if time.monotonic() - last > args.stall:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait()
                current = state_dir / "current" / name
                kept = None
                for case_dir in current.glob("*"):
                    kept = args.found / name / f"hang-{case_dir.name}"
                    shutil.rmtree(kept, ignore_errors=True)
                    shutil.copytree(case_dir, kept)
                hangs.append(str(kept))
                print(f"[{name}] no progress for {args.stall:g} s: kept {kept}", flush=True)
                break
        if child.returncode not in (0, None, -signal.SIGKILL):
            print(f"[{name}] the fuzzing process ended with {child.returncode}", flush=True)
            # A crash of the interpreter itself (a segfault in a decoder) is a finding too.
            current = state_dir / "current" / name
            for case_dir in current.glob("*"):
                kept = args.found / name / f"crash-{case_dir.name}"
                shutil.rmtree(kept, ignore_errors=True)
                shutil.copytree(case_dir, kept)
                hangs.append(str(kept))
            if child.returncode and child.returncode > 0:
                break
    stats = json.loads(status_file.read_text()) if status_file.exists() else {}
    stats["hangs"] = hangs
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="minutes for each target")
    parser.add_argument("--target", action="append", help="a target name (repeatable)")
    parser.add_argument("--list", action="store_true", help="list the targets and exit")
    parser.add_argument("--found", type=Path, default=ROOT / ".fuzz" / "found")
    parser.add_argument("--state", type=Path, default=ROOT / ".fuzz" / "state")
    parser.add_argument("--stall", type=float, default=180.0,
                        help="seconds without progress before a case counts as a hang")
    parser.add_argument("--memory-mb", type=int, default=4096,
                        help="address-space cap of the fuzzing process (0: none)")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="also write the summary as JSON here")
    args = parser.parse_args(argv)

    if args.child:
        return _child(args.child, args.seconds, args.state / args.child, args.found,
                      args.memory_mb, args.seed)

    from tests.fuzz.targets import all_targets

    names = list(all_targets())
    if args.list:
        print("\n".join(names))
        return 0
    chosen = args.target or names
    unknown = sorted(set(chosen) - set(names))
    if unknown:
        parser.error(f"unknown target(s): {', '.join(unknown)}; try --list")
    summary = {}
    for name in chosen:
        print(f"[{name}] fuzzing for {args.minutes:g} minutes ...", flush=True)
        started = time.monotonic()
        stats = _run_target(name, args.minutes, args)
        stats["minutes"] = round((time.monotonic() - started) / 60, 1)
        summary[name] = stats
    print()
    print(f"{'target':<10} {'minutes':>7} {'tried':>8} {'clean':>8} {'crashers':>8} "
          f"{'hangs':>5}  slowest  top outcomes")
    for name, s in summary.items():
        top = ", ".join(f"{k} {v}" for k, v in list(s.get("outcomes", {}).items())[:4])
        print(f"{name:<10} {s['minutes']:>7} {s.get('tried', 0):>8} {s.get('clean', 0):>8} "
              f"{len(s.get('found', [])):>8} {len(s.get('hangs', [])):>5}  "
              f"{s.get('slowest', [0])[0]:>6}s  {top}")
        for entry in s.get("found", []):
            print(f"    crasher: {entry['detail'][:160]}\n             {entry['case']}")
        for hang in s.get("hangs", []):
            print(f"    hang:    {hang}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1))
    return 1 if any(s.get("found") or s.get("hangs") for s in summary.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
