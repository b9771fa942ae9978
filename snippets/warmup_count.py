from unittest import mock

import numpy as np
from backprop_ref import gradients, init_weights, numerical_gradients, sigmoid

madds = 0   # multiply-adds, counted as each product is computed


def times(M, v):                 # matrix times vector: M.size multiply-adds
    global madds
    madds += M.size
    return M @ v


def outer(u, v):                 # an outer product: one multiply per entry
    global madds
    madds += u.size * v.size
    return np.outer(u, v)


sizes = [784, 256, 128, 10]
L = len(sizes)
Theta = init_weights(sizes, seed=0)
x, y = np.random.default_rng(0).uniform(0, 1, 784), np.eye(10)[3]

# Forward pass (the bias is added, not multiplied), then backward pass.
a = {1: np.concatenate(([1.0], x))}
for l in range(1, L):
    g = sigmoid(times(Theta[l][:, 1:], a[l][1:]) + Theta[l][:, 0])
    a[l + 1] = np.concatenate(([1.0], g)) if l + 1 < L else g
F = madds
d = {L: a[L] - y}
for l in range(L - 1, 1, -1):
    d[l] = times(Theta[l][:, 1:].T, d[l + 1]) * a[l][1:] * (1 - a[l][1:])
D = {l: outer(d[l + 1], a[l]) for l in range(1, L)}
B = madds - F
reference = gradients(Theta, [x], [y])
assert all(np.allclose(D[l], reference[l], rtol=1e-10, atol=1e-15) for l in D)

# The gradient check evaluates J twice per parameter: count the calls
# numerical_gradients makes (the stand-in skips the forward pass itself).
calls = 0


def count_call(*args):
    global calls
    calls += 1
    return 0.0


with mock.patch("backprop_ref.gradients._cost", count_call):
    numerical_gradients(Theta, [x], [y])

n = sum(T.size for T in Theta.values())
assert n == sum(sizes[l] * (sizes[l - 1] + 1) for l in range(1, L))
assert F == sum(sizes[l] * sizes[l - 1] for l in range(1, L))
assert B == sum(sizes[l] * sizes[l - 1] for l in range(2, L)) + n
print(f"784-256-128-10: n = {n:,} parameters")
print(f"backpropagation: F + B = {F:,} + {B:,} = {F + B:,} multiply-adds")
print(f"gradient check:  {calls:,} evaluations of J"
      f" = {calls * F:,} multiply-adds")
print(f"ratio: {calls * F / (F + B):,.0f}")
