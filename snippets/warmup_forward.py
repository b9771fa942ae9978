import numpy as np
from backprop_ref import cost, forward

# One unit per layer: Theta(1) = [b1, w1], Theta(2) = [b2, w2] (bias first).
x, y = 1.5, 1.0
b1, w1 = 0.1, 0.5
b2, w2 = -0.3, 0.8
g = lambda z: 1 / (1 + np.exp(-z))

z2 = w1 * x + b1
a2 = g(z2)
z3 = w2 * a2 + b2
a3 = g(z3)
C = -(y * np.log(a3) + (1 - y) * np.log(1 - a3))
print(f"z(2) = {z2:.6f}   a(2) = {a2:.6f}")
print(f"z(3) = {z3:.6f}   a(3) = {a3:.6f}   C = {C:.6f}")

# The same numbers from backprop_ref, on a network with layer sizes [1, 1, 1].
Theta = {1: np.array([[b1, w1]]), 2: np.array([[b2, w2]])}
a, z = forward(Theta, [x])
assert np.allclose([z[2][0], a[2][1], z[3][0], a[3][0]], [z2, a2, z3, a3],
                   rtol=1e-12)
assert np.isclose(cost(Theta, [[x]], [[y]]), C, rtol=1e-12)
