"""gradients_vectorized against PyTorch autograd on the issue's network, in one process.

784-256-128-10 sigmoid net, m = 1024 examples, float64, cross-entropy with lambda = 1: both sides
compute the same J and its gradient with respect to every Theta[l] (torch: forward + backward by
autograd; numpy: backprop_ref.gradients_vectorized). The results are compared before any timing,
then the two are timed interleaved (A, B, A, B, ...) so that a slow phase of the machine hits both,
and the medians are reported with the thread settings of both libraries.

Run: ``make bench`` (or ``.venv/bin/python bench/gradients_vs_torch.py [--repeats N]``).
"""

import argparse
import os
import platform
import statistics
import time

import numpy as np
import torch
from threadpoolctl import threadpool_info

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
    """J and dJ/dTheta[l] by autograd; the same cross-entropy J as backprop_ref.cost."""
    m = X_t.shape[0]
    a = X_t
    for l in range(1, len(Theta_t) + 1):
        z = a @ Theta_t[l][:, 1:].T + Theta_t[l][:, 0]
        a = torch.sigmoid(z)
    J = -(Y_t * torch.nn.functional.logsigmoid(z) + (1 - Y_t) * torch.nn.functional.logsigmoid(-z)).sum() / m
    J = J + lam / (2 * m) * sum((T[:, 1:] ** 2).sum() for T in Theta_t.values())
    grads = torch.autograd.grad(J, [Theta_t[l] for l in sorted(Theta_t)])
    return J, dict(zip(sorted(Theta_t), grads))


def median_ms(times):
    return 1e3 * statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=60, help="timed calls of each (default 60)")
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

    numpy_times, torch_times = [], []
    for _ in range(5):  # warm-up: page in buffers, let both libraries start their threads
        gradients_vectorized(Theta, X, Y, lam=LAM)
        torch_cost_and_gradients(Theta_t, X_t, Y_t, LAM)
    for _ in range(args.repeats):
        start = time.perf_counter()
        gradients_vectorized(Theta, X, Y, lam=LAM)
        numpy_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        torch_cost_and_gradients(Theta_t, X_t, Y_t, LAM)
        torch_times.append(time.perf_counter() - start)

    print(f"network {'-'.join(map(str, SIZES))}, m = {M}, float64, cross-entropy, lam = {LAM}")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} logical CPUs")
    for pool in threadpool_info():
        print(f"numpy BLAS: {pool['internal_api']} {pool['version']} ({pool.get('architecture')}), "
              f"{pool['num_threads']} threads, {pool['filepath'].rsplit('/', 1)[-1]}")
    print(f"torch {torch.__version__}: {torch.get_num_threads()} threads, "
          f"MKL {torch.backends.mkl.is_available()}, BLAS {torch.__config__.show().count('BLAS_INFO=mkl') and 'mkl' or 'other'}")
    env = {k: v for k, v in os.environ.items() if k.startswith(("OPENBLAS_", "OMP_", "MKL_"))}
    print(f"thread environment variables: {env or 'none set'}")
    print(f"results agree: |J - J_torch| <= 1e-12 J, |D - grad| / |grad| < 1e-12 for every layer")
    n, t = median_ms(numpy_times), median_ms(torch_times)
    print(f"median of {args.repeats} interleaved calls:")
    print(f"  numpy gradients_vectorized: {n:7.2f} ms")
    print(f"  torch autograd            : {t:7.2f} ms")
    print(f"  ratio numpy/torch         : {n / t:7.3f}")


if __name__ == "__main__":
    main()
