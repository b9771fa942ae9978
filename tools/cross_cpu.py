"""Check, before publishing numbers, that every committed output is the same under other OpenBLAS kernels.

numpy's OpenBLAS picks its kernels for the CPU it runs on, and a chaotic computation (a diverging
training run) prints other digits with another kernel. This reruns every comparison of a committed
output with a fresh run (the tests marked `stored_output`: every snippet, the figures, the stepper's
data, every notebook) three times, each in a child pytest with one BLAS thread:

- the kernel OpenBLAS chooses for this CPU,
- `OPENBLAS_CORETYPE=Sandybridge` (AVX, without AVX2 or AVX-512),
- `OPENBLAS_CORETYPE=Prescott` (SSE3 only),

and reports what differs. The variables are set in the children's environment only: some machines set
OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE themselves because older OpenBLAS builds are wrong on their CPUs,
so `make test` and CI never set or change them. Only kernels this CPU can execute are forced (an x86-64
CPU with AVX and SSE3); elsewhere the command says so and stops.

    make cross-cpu        # or: .venv/bin/python tools/cross_cpu.py
"""

import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# (label, forced kernel or None for OpenBLAS's own choice, the /proc/cpuinfo flag the kernel needs)
KERNELS = [("native", None, None), ("Sandybridge", "Sandybridge", "avx"), ("Prescott", "Prescott", "pni")]
PROBE = ("import threadpoolctl, numpy; "
         "print(next(i['architecture'] for i in threadpoolctl.threadpool_info() if i['internal_api'] == 'openblas'))")


def cpu_flags():
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("flags"):
            return set(line.split(":", 1)[1].split())
    return set()


def child_env(kernel):
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    if kernel:
        env["OPENBLAS_CORETYPE"] = kernel
    return env


def kernel_in_use(env):
    """The kernel OpenBLAS really runs with this environment (it ignores a name it does not know)."""
    return subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                          check=True).stdout.strip()


def main():
    if platform.machine() not in ("x86_64", "AMD64"):
        raise SystemExit(f"cross-cpu: this is a {platform.machine()} machine; the kernels it forces "
                         "(Sandybridge, Prescott) are x86-64 ones. Run it on an x86-64 CPU with AVX.")
    flags = cpu_flags()
    missing = [f"{name} needs {flag}" for name, _, flag in KERNELS if flag and flag not in flags]
    if missing:
        raise SystemExit(f"cross-cpu: this CPU cannot run every kernel ({'; '.join(missing)}).")
    failed = []
    native = kernel_in_use(child_env(None))
    for label, kernel, _ in KERNELS:
        env = child_env(kernel)
        in_use = kernel_in_use(env)
        # OpenBLAS reports a forced kernel by its own name (Prescott runs as "Katmai" in numpy's build),
        # and silently keeps the native one for a name it does not know.
        if kernel and in_use == native:
            raise SystemExit(f"cross-cpu: asked OpenBLAS for {kernel}, it still runs {in_use}: nothing was compared.")
        print(f"== {label} kernel ({in_use}), 1 BLAS thread", flush=True)
        # blas-default only: the blas-1-thread copies would run the same thing again (one thread is set here).
        # Every comparison of a committed output needs no build: all are in tests/source.
        run = subprocess.run([sys.executable, "-m", "pytest", "tests/source", "-m", "stored_output", "-k", "blas-default",
                              "-n", "auto", "-q", "-p", "no:cacheprovider"], cwd=ROOT, env=env)
        if run.returncode != 0:
            failed.append(f"{label} ({in_use})")
    if failed:
        raise SystemExit(f"cross-cpu: committed outputs differ under {', '.join(failed)}: do not publish "
                         "digits that depend on the CPU (see the failures above).")
    print(f"cross-cpu: every committed output is the same under {len(KERNELS)} kernels, one thread each.")


if __name__ == "__main__":
    main()
