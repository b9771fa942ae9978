"""gradients_vectorized against PyTorch autograd on the issue's network, in one process.

784-256-128-10 sigmoid net, m = 1024 examples, float64, cross-entropy with lambda = 1: both sides
compute the same J and its gradient with respect to every Theta[l] (torch: forward + backward by
autograd; numpy: backprop_ref.gradients_vectorized). The results are compared before any timing.

Timing alternates between the two in blocks (numpy, torch, torch, numpy, numpy, ...) so that a slow
phase of the machine hits both. Not call by call: after each call both libraries keep their worker
threads spinning for a while (OpenBLAS's pool, torch's OpenMP pool), and on a 2-core machine the
spinning threads of one library slow the other down several times over, which would measure that
contention, not either library. So each block starts after a pause and its first calls are not
counted. Also timed: the two big matrix products alone (1024x784 times 784x256: layer 1's forward
product and Delta(1)), which show how much of the gap is numpy's BLAS (OpenBLAS) against torch's (MKL).
Last, both run on one thread and are timed in CPU time of that thread: that figure barely moves
when other processes load the machine, which wall-clock medians on 2 shared cores do.

Run: ``make bench`` (or ``.venv/bin/python bench/gradients_vs_torch.py [--rounds N]``).
"""

import argparse
import os
import platform
import statistics
import time

import numpy as np
import torch
from threadpoolctl import threadpool_info, threadpool_limits

from backprop_ref import cost, gradients_vectorized, init_weights

SIZES = [784, 256, 128, 10]
M = 1024
LAM = 1.0


def problem(seed=0):
    """Theta, X (pixel-like values in [0, 1]) and one-hot Y of the issue's size."""
    rng = np.random.default_rng(seed)
    Theta = init_weights(SIZES, seed=seed)
    X = rng.uniform(0.0, 1.0, size=(M, SIZES[0]))
    Y = np.eye(SIZES[-1])[rng.integers(0, SIZES[-1], size=M)]
    return Theta, X, Y


def torch_cost_and_gradients(Theta_t, X_t, Y_t, lam):
    """J and {l: dJ/dTheta[l]} by autograd: the same cross-entropy J as backprop_ref.cost."""
    m = X_t.shape[0]
    a = X_t
    for l in range(1, len(Theta_t) + 1):
        z = a @ Theta_t[l][:, 1:].T + Theta_t[l][:, 0]
        a = torch.sigmoid(z)
    logsig = torch.nn.functional.logsigmoid
    J = -(Y_t * logsig(z) + (1 - Y_t) * logsig(-z)).sum() / m
    J = J + lam / (2 * m) * sum((T[:, 1:] ** 2).sum() for T in Theta_t.values())
    grads = torch.autograd.grad(J, [Theta_t[l] for l in sorted(Theta_t)])
    return J, dict(zip(sorted(Theta_t), grads))


def alternating(functions, rounds, calls=8, skipped=2, pause=0.3, clock=time.perf_counter):
    """Per-call times (s) of each function, in blocks whose order flips every round."""
    times = {name: [] for name in functions}
    for r in range(rounds):
        for name in (list(functions) if r % 2 == 0 else list(functions)[::-1]):
            time.sleep(pause)  # let the other library's spinning threads go to sleep
            for call in range(calls):
                start = clock()
                functions[name]()
                elapsed = clock() - start
                if call >= skipped:
                    times[name].append(elapsed)
    return times


def ms(times):
    return f"{1e3 * statistics.median(times):7.2f} ms (min {1e3 * min(times):.2f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=8, help="blocks of each function (default 8)")
    args = parser.parse_args()

    Theta, X, Y = problem()
    Theta_t = {l: torch.from_numpy(T.copy()).requires_grad_(True) for l, T in Theta.items()}
    X_t, Y_t = torch.from_numpy(X), torch.from_numpy(Y)

    # Same numbers first: a fast wrong answer is worth nothing.
    D = gradients_vectorized(Theta, X, Y, lam=LAM)
    J_t, G_t = torch_cost_and_gradients(Theta_t, X_t, Y_t, LAM)
    J = cost(Theta, X, Y, lam=LAM)
    assert abs(J - J_t.item()) <= 1e-12 * abs(J), (J, J_t.item())
    for l in Theta:
        G = G_t[l].numpy()
        error = np.linalg.norm(D[l] - G) / np.linalg.norm(G)
        assert error < 1e-12, f"D[{l}] differs from torch's gradient: relative error {error:.2e}"

    whole = alternating({
        "numpy gradients_vectorized": lambda: gradients_vectorized(Theta, X, Y, lam=LAM),
        "torch autograd            ": lambda: torch_cost_and_gradients(Theta_t, X_t, Y_t, LAM),
    }, args.rounds)
    W = Theta[1][:, 1:]  # the layouts both implementations multiply
    d = np.random.default_rng(1).standard_normal((M, SIZES[1]))
    W_t, d_t = torch.from_numpy(W), torch.from_numpy(d)
    products = alternating({
        "numpy X @ W.T": lambda: X @ W.T, "torch X @ W.T": lambda: X_t @ W_t.T,
        "numpy d.T @ X": lambda: d.T @ X, "torch d.T @ X": lambda: d_t.T @ X_t,
    }, args.rounds)

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    with threadpool_limits(1):
        single = alternating({
            "numpy gradients_vectorized": lambda: gradients_vectorized(Theta, X, Y, lam=LAM),
            "torch autograd            ": lambda: torch_cost_and_gradients(Theta_t, X_t, Y_t, LAM),
        }, args.rounds, pause=0.05, clock=time.thread_time)
    torch.set_num_threads(threads)

    print(f"network {'-'.join(map(str, SIZES))}, m = {M}, float64, cross-entropy, lam = {LAM}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} logical CPUs, numpy {np.__version__}")
    for pool in threadpool_info():
        print(f"thread pool: {pool['internal_api']} {pool.get('version')} ({pool.get('architecture')}), "
              f"{pool['num_threads']} threads, {pool['filepath'].rsplit('/', 1)[-1]}")
    print(f"torch {torch.__version__}: {torch.get_num_threads()} threads, MKL available: {torch.backends.mkl.is_available()}")
    env = {k: v for k, v in os.environ.items() if k.startswith(("OPENBLAS_", "OMP_", "MKL_", "GOTO"))}
    print(f"thread environment variables: {env or 'none set'}")
    print("results agree: |J - J_torch| <= 1e-12 J and |D - grad| / |grad| < 1e-12 for every layer")
    print(f"median of {len(next(iter(whole.values())))} timed calls each, {args.rounds} alternating blocks:")
    for name, times in whole.items():
        print(f"  {name}: {ms(times)}")
    n, t = (statistics.median(times) for times in whole.values())
    print(f"  ratio numpy/torch         : {n / t:7.3f}")
    print("the two big products alone (1024x784 by 784x256, 0.41 GFLOP each):")
    for name, times in products.items():
        print(f"  {name}: {ms(times)}")
    big_n = sum(statistics.median(products[f"numpy {p}"]) for p in ("X @ W.T", "d.T @ X"))
    big_t = sum(statistics.median(products[f"torch {p}"]) for p in ("X @ W.T", "d.T @ X"))
    print(f"  both products: numpy {1e3 * big_n:.2f} ms, torch {1e3 * big_t:.2f} ms; "
          f"everything else: numpy {1e3 * (n - big_n):.2f} ms, torch {1e3 * (t - big_t):.2f} ms")
    print("one thread each, CPU time of the calling thread:")
    for name, times in single.items():
        print(f"  {name}: {ms(times)}")
    n1, t1 = (statistics.median(times) for times in single.values())
    print(f"  ratio numpy/torch         : {n1 / t1:7.3f}")


if __name__ == "__main__":
    main()
