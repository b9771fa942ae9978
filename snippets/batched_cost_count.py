import importlib
from unittest import mock

import numpy as np
from backprop_ref import gradients, init_weights, numerical_gradients

# The gradient check on a small network, with every evaluation of J that
# numerical_gradients makes counted: _cost is the function it calls for J.
module = importlib.import_module("backprop_ref.gradients")
Theta = init_weights([2, 3, 2], seed=0)
X, Y = np.array([[0.05, 0.10]]), np.array([[0.0, 1.0]])
n = sum(T.size for T in Theta.values())
with mock.patch.object(module, "_cost", wraps=module._cost) as J:
    N = numerical_gradients(Theta, X, Y)
D = gradients(Theta, X, Y)
assert all(np.allclose(N[l], D[l], atol=1e-8) for l in Theta)
assert J.call_count == 2 * n
print(f"2-3-2: n = {n} weights, {J.call_count} evaluations of J")

# The same count for a real network, from the shapes of its Theta.
sizes = [784, 256, 128, 10]
Theta = init_weights(sizes, seed=0)
n = sum(T.size for T in Theta.values())
forward_madds = sum(T[:, 1:].size for T in Theta.values())
# Backward: delta(l) for l = L-1..2 (no bias column), and every outer product.
backward_madds = sum(Theta[l][:, 1:].size for l in range(2, len(sizes))) + n
print(f"784-256-128-10: n = {n} weights")
print(f"gradient check: {2 * n} evaluations of J per gradient")
print(f"multiply-adds per example: forward {forward_madds}, "
      f"backward {backward_madds} "
      f"({backward_madds / forward_madds:.2f} x forward)")
print(f"backpropagation {forward_madds + backward_madds}, "
      f"gradient check {2 * n * forward_madds}")
print(f"ratio: {2 * n * forward_madds / (forward_madds + backward_madds):.0f}")
