import numpy as np
import backprop_ref
from backprop_ref import gradients, init_weights

# The gradient check on a small network, with every evaluation of J counted.
calls = 0


def cost(*args, **kwargs):
    global calls
    calls += 1
    return backprop_ref.cost(*args, **kwargs)


Theta = init_weights([2, 3, 2], seed=0)
X, Y = np.array([[0.05, 0.10]]), np.array([[0.0, 1.0]])
n = sum(T.size for T in Theta.values())
eps = 1e-4
for l, T in Theta.items():
    for index in np.ndindex(T.shape):
        plus = {k: U.copy() for k, U in Theta.items()}
        minus = {k: U.copy() for k, U in Theta.items()}
        plus[l][index] += eps
        minus[l][index] -= eps
        numeric = (cost(plus, X, Y) - cost(minus, X, Y)) / (2 * eps)
        assert abs(numeric - gradients(Theta, X, Y)[l][index]) < 1e-8
assert calls == 2 * n
print(f"2-3-2: n = {n} weights, {calls} evaluations of J")

# The same count for a real network, from the shapes of its Theta.
sizes = [784, 256, 128, 10]
Theta = init_weights(sizes, seed=0)
n = sum(T.size for T in Theta.values())
forward_madds = sum(T[:, 1:].size for T in Theta.values())
# Backward: delta(l) for l = L-1..2 (no bias column), and every outer product.
backward_madds = sum(Theta[l][:, 1:].size for l in range(2, len(sizes))) + n
print(f"784-256-128-10: n = {n} weights")
print(f"gradient check: {2 * n} evaluations of J per gradient")
print(f"multiply-adds per example: backpropagation "
      f"{forward_madds + backward_madds}, "
      f"gradient check {2 * n * forward_madds}")
print(f"ratio: {2 * n * forward_madds / (forward_madds + backward_madds):.0f}")
