"""Benchmark: what a planner downloads and waits for: wheel size, frozen folder size, start times.

    .venv/bin/python tests/bench/bench_package.py [FROZEN_DIR]

FROZEN_DIR is a PyInstaller folder (default dist/renpam from `make package`, else the one
`make package-test` left in build/package-test/frozen/renpam). Prints the wheel size (built
here), the folder size, `renpam-cli info` on the demo (first run after the page cache was
dropped when allowed, then best of 3) and, under Xvfb when it is installed, the time until the
window is shown with its Indonesian title. Without a frozen folder only the wheel is measured.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def window_seconds(program: Path, cwd: Path) -> float | None:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        return None
    display = f":{150 + os.getpid() % 50}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = dict(os.environ, DISPLAY=display, HOME=str(cwd), XDG_CONFIG_HOME=str(cwd))
    env.pop("QT_QPA_PLATFORM", None)
    try:
        time.sleep(1)
        start = time.perf_counter()
        app = subprocess.Popen([str(program)], cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while time.perf_counter() - start < 60 and app.poll() is None:
                found = subprocess.run(
                    ["xdotool", "search", "--name", "Operasi tanpa judul"], env=env, capture_output=True, text=True
                )
                if found.stdout.strip():
                    return time.perf_counter() - start
                time.sleep(0.05)
            return None
        finally:
            app.kill()
            app.wait()
    finally:
        xvfb.kill()
        xvfb.wait()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="renpam-bench-") as tmp:
        work = Path(tmp)
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(work), str(ROOT)],
            check=True,
            stderr=subprocess.DEVNULL,
        )
        wheel = next(work.glob("renpam-*.whl"))
        print(f"wheel {wheel.name}: {wheel.stat().st_size / 1024:.0f} KiB")
        candidates = (
            [Path(sys.argv[1])]
            if len(sys.argv) > 1
            else [ROOT / "dist" / "renpam", ROOT / "build" / "package-test" / "frozen" / "renpam"]
        )
        frozen = next((c.resolve() for c in candidates if (c / "renpam-cli").exists()), None)
        if frozen is None:
            print("no frozen folder (make package): sizes and start times not measured")
            return 0
        size = sum(f.lstat().st_size for f in frozen.rglob("*") if f.is_file() and not f.is_symlink())
        print(f"frozen folder {frozen}: {size / 2**20:.0f} MiB")
        cli = frozen / "renpam-cli"
        subprocess.run([str(cli), "demo", "demo.renpam"], cwd=work, check=True, stdout=subprocess.DEVNULL)
        cold = drop_caches()
        first = timed([str(cli), "info", "demo.renpam"], work)
        best = min(timed([str(cli), "info", "demo.renpam"], work) for _ in range(3))
        print(f"renpam-cli info: {first:.2f} s first{' (cold)' if cold else ''}, {best:.2f} s best of 3")
        cold = drop_caches()
        shown = window_seconds(frozen / "renpam", work)
        if shown is not None:
            again = window_seconds(frozen / "renpam", work)
            print(f"window shown: {shown:.2f} s first{' (cold)' if cold else ''}, {again:.2f} s again")
        print(f"load average while measuring: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
