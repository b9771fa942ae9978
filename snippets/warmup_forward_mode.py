import numpy as np
from backprop_ref import gradients

x, y = 1.5, 1.0
b1, w1 = 0.1, 0.5
b2, w2 = -0.3, 0.8
g = lambda z: 1 / (1 + np.exp(-z))


def tangent_pass(dw1, db1, dw2, db2):
    """Forward mode: each value travels with its derivative along one axis."""
    z2, dz2 = w1 * x + b1, dw1 * x + db1
    a2 = g(z2)
    da2 = a2 * (1 - a2) * dz2
    z3, dz3 = w2 * a2 + b2, dw2 * a2 + w2 * da2 + db2
    a3 = g(z3)
    da3 = a3 * (1 - a3) * dz3
    return (a3 - y) / (a3 * (1 - a3)) * da3        # dC along that direction


names = ["w1", "b1", "w2", "b2"]
forward_mode = []
for name, seed in zip(names, np.eye(4)):               # one pass per parameter
    forward_mode.append(tangent_pass(*seed))
    print(f"pass with d{name} = 1: dC/d{name} = {forward_mode[-1]:9.6f}")

# Reverse mode: one backward pass, from the one number C, gives all four.
a2 = g(w1 * x + b1)
a3 = g(w2 * a2 + b2)
d3 = a3 - y
d2 = d3 * w2 * a2 * (1 - a2)
reverse_mode = [d2 * x, d2, d3 * a2, d3]
print("one backward pass:", np.round(reverse_mode, 6))

Theta = {1: np.array([[b1, w1]]), 2: np.array([[b2, w2]])}
D = gradients(Theta, [[x]], [[y]])
library = [D[1][0, 1], D[1][0, 0], D[2][0, 1], D[2][0, 0]]
assert np.allclose(forward_mode, library, rtol=1e-12)
assert np.allclose(reverse_mode, library, rtol=1e-12)
